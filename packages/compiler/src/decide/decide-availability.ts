import { usableZoneCount, zoneNames } from "@idio-iac/core";
import type { Intent } from "@idio-iac/intent-schema";
import { budgetOf, budgetSingleNat } from "./fit-budget.js";

/**
 * What the availability target and environment mean for the architecture.
 * 99.9: two AZs; 99.95: two AZs and Multi-AZ data; 99.99: three AZs,
 * Multi-AZ everything and read replicas; 99.999: as 99.99 plus a warm
 * standby in the DR region. Production always gets Multi-AZ data and one
 * NAT gateway per AZ (a NAT gateway is zonal: losing its AZ cuts the
 * others off from the internet).
 */
export interface AvailabilityDecision {
  readonly zoneCount: number;
  /** Literal AZ names, e.g. `us-east-1a`: plans run offline, with no data source. */
  readonly zones: readonly string[];
  /** Zones wanted by the target, before the region's limit. */
  readonly zonesWanted: number;
  readonly natPerZone: boolean;
  /** Why there is one NAT gateway per AZ or one shared, with what it saves (the NAT nodes' reasons). */
  readonly natStep: string;
  /** Production with one shared NAT gateway because of the budget (fit-budget.ts). */
  readonly singleNatForBudget: boolean;
  readonly multiAzData: boolean;
  readonly readReplicas: boolean;
  readonly warmStandby: boolean;
  readonly production: boolean;
  readonly calculation: readonly string[];
}

export { zoneNames };

export function decideAvailability(intent: Intent): AvailabilityDecision {
  const target = Number(intent.availability);
  const production = intent.environment === "production";
  const zonesWanted = target >= 99.99 ? 3 : 2;
  const available = usableZoneCount(intent.region);
  const zoneCount = Math.min(zonesWanted, available);
  const budgetNat = production && budgetSingleNat(intent);
  const natPerZone = production && !budgetNat;
  const natStep = natPerZone
    ? `production: ${zoneCount} AZs x 1 NAT gateway = ${zoneCount}`
    : budgetNat
      ? `budget $${budgetOf(intent)}/month (cost.monthlyBudgetUsd) and availability ${intent.availability} (below 99.95): 1 shared NAT gateway instead of ${zoneCount} saves ${zoneCount - 1} of ${zoneCount} gateway-hours and public IPv4 addresses (${Math.round(((zoneCount - 1) / zoneCount) * 100)}%); an AZ outage cuts egress for the other AZs until it returns`
      : `${intent.environment}: 1 shared NAT gateway saves ${zoneCount - 1} x ~$32/month; an AZ outage cuts egress for the others`;
  return {
    zoneCount,
    zones: zoneNames(intent.region, zoneCount),
    zonesWanted,
    natPerZone,
    natStep,
    singleNatForBudget: budgetNat,
    multiAzData: production || target >= 99.95,
    readReplicas: target >= 99.99,
    warmStandby: target >= 99.999,
    production,
    calculation: [
      `availability ${intent.availability} -> ${zonesWanted} AZs wanted; ${intent.region} offers ${available} -> ${zoneCount} AZs`,
      `environment ${intent.environment} -> ${natPerZone ? "one NAT gateway per AZ" : budgetNat ? "a single NAT gateway (budget)" : "a single NAT gateway"}`,
    ],
  };
}
