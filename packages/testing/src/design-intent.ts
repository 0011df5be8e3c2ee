/**
 * The original design's intent exactly as issue 13 gives it (as YAML): no
 * apiVersion, unnamed tiers, `networkIsolation: vpc-isolated`, no connectsTo,
 * no domain. The schema, compiler and emitter tests read this one copy.
 */
export const DESIGN_INTENT = `name: my-ecommerce-platform
tiers:
  - { type: web, trafficPattern: seasonal, scaling: { min: 10, max: 100 } }
  - { type: api, trafficPattern: seasonal, scaling: { min: 20, max: 200 } }
  - { type: database, dataSizeGb: 500 }
  - { type: cache }
environment: production
availability: "99.99"
cost: { monthlyBudgetUsd: 10000, alertThreshold: 90 }
compliance: [pci-dss, soc2]
security: { encryptionAtRest: true, encryptionInTransit: true, networkIsolation: vpc-isolated, wafEnabled: true }
disasterRecovery: { rtoMinutes: 15, rpoMinutes: 5, crossRegionReplication: true, backupRetentionDays: 30 }
`;
