/**
 * A large, valid intent as YAML text: `tierCount` tiers in groups of five
 * (web → api → database, cache, queue) so every connectsTo resolves. For
 * benchmarks and scale tests; deterministic.
 */
export function syntheticIntentYaml(tierCount: number): string {
  const lines = [
    "apiVersion: idio.dev/v1",
    "name: synthetic",
    "environment: production",
    "region: eu-west-1",
    'availability: "99.99"',
    "domain: synthetic.example.com",
    "tiers:",
  ];
  const kinds = [
    (g: number) => [
      `  - name: web-${g}`,
      "    type: web",
      "    trafficPattern: seasonal",
      "    scaling: { min: 2, max: 20 }",
      `    connectsTo: [api-${g}]`,
    ],
    (g: number) => [
      `  - name: api-${g}`,
      "    type: api",
      "    expectedRps: 500",
      "    scaling: { min: 2, max: 40 }",
      `    connectsTo: [db-${g}, cache-${g}, jobs-${g}]`,
    ],
    (g: number) => [
      `  - name: db-${g}`,
      "    type: database",
      "    engine: postgres",
      "    dataSizeGb: 100",
    ],
    (g: number) => [
      `  - name: cache-${g}`,
      "    type: cache",
      "    engine: redis",
      "    dataSizeGb: 4",
    ],
    (g: number) => [`  - name: jobs-${g}`, "    type: queue"],
  ];
  for (let i = 0; i < tierCount; i++)
    lines.push(...kinds[i % kinds.length]!(Math.floor(i / kinds.length)));
  lines.push(
    "cost:",
    "  monthlyBudgetUsd: 250000",
    "  alertThreshold: 90",
    "compliance: [soc2]",
    "disasterRecovery:",
    "  crossRegionReplication: true",
    "tags:",
    "  owner: platform-team",
    "",
  );
  return lines.join("\n");
}
