import fc from "fast-check";
import {
  AVAILABILITY_TARGETS,
  COMPLIANCE_FRAMEWORKS,
  ENGINES_BY_TIER_TYPE,
  ENVIRONMENTS,
  LAMBDA_RUNTIMES,
  REGION_NAMES,
  TIER_TYPES,
  TRAFFIC_PATTERNS,
  type IntentInput,
  type TierType,
} from "@idio-iac/intent-schema";

type TierInput = IntentInput["tiers"][number];

export interface ArbitraryIntentOptions {
  readonly minTiers?: number;
  readonly maxTiers?: number;
}

/**
 * Intent documents (plain objects, as a user would write them) that are valid:
 * they pass the schema and every semantic check. Compiler, emitter, policy and
 * cost properties reuse this to say "for every valid intent ...".
 */
export function arbitraryIntentDocument(
  options: ArbitraryIntentOptions = {},
): fc.Arbitrary<IntentInput> {
  const minTiers = options.minTiers ?? 1;
  const maxTiers = Math.max(minTiers, options.maxTiers ?? 6);
  return fc
    .record({
      name: appName,
      environment: fc.constantFrom(...ENVIRONMENTS),
      region: fc.option(fc.constantFrom(...REGION_NAMES), { nil: undefined }),
      availability: fc.option(fc.constantFrom(...AVAILABILITY_TARGETS), { nil: undefined }),
      domain: fc.option(
        fc.constantFrom("shop.example.com", "api.example.org", "www.acme.example"),
        {
          nil: undefined,
        },
      ),
      tierNames: fc.uniqueArray(tierName, { minLength: minTiers, maxLength: maxTiers }),
      tierSeeds: fc.array(tierSeed, { minLength: maxTiers, maxLength: maxTiers }),
      cost: fc.option(cost, { nil: undefined }),
      compliance: fc.option(fc.uniqueArray(fc.constantFrom(...COMPLIANCE_FRAMEWORKS)), {
        nil: undefined,
      }),
      security: fc.option(security, { nil: undefined }),
      disasterRecovery: fc.option(disasterRecovery, { nil: undefined }),
      tags: fc.option(fc.dictionary(tagKey, tagValue, { maxKeys: 4 }), { nil: undefined }),
    })
    .map(({ tierNames, tierSeeds, region, disasterRecovery: dr, ...rest }) => {
      const tiers = tierNames.map((name, index) =>
        buildTier(name, tierSeeds[index % tierSeeds.length]!, tierNames),
      );
      const document: Record<string, unknown> = { apiVersion: "idio.dev/v1", ...rest, tiers };
      if (region !== undefined) document.region = region;
      if (dr !== undefined) {
        const primary = region ?? "us-east-1";
        const { drRegionIndex, ...targets } = dr;
        const candidates = REGION_NAMES.filter((name) => name !== primary);
        document.disasterRecovery =
          drRegionIndex === undefined
            ? targets
            : { ...targets, drRegion: candidates[drRegionIndex % candidates.length] };
      }
      return dropUndefined(document) as IntentInput;
    });
}

const appName = fc
  .tuple(
    fc.constantFrom("shop", "portal", "api", "billing", "ledger", "media"),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([base, n]) => `${base}-${n}`);

const tierName = fc.stringMatching(/^[a-z][a-z0-9]{0,4}(-[a-z0-9]{1,4}){0,2}$/);

const tierSeed = fc.record({
  type: fc.constantFrom(...TIER_TYPES),
  trafficPattern: fc.option(fc.constantFrom(...TRAFFIC_PATTERNS), { nil: undefined }),
  expectedRps: fc.option(fc.integer({ min: 0, max: 100000 }), { nil: undefined }),
  scaling: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 200 }))
      .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b, 1) })),
    { nil: undefined },
  ),
  dataSizeGb: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: undefined }),
  engineIndex: fc.option(fc.nat(), { nil: undefined }),
  connectsTo: fc.uniqueArray(fc.nat({ max: 63 }), { maxLength: 3 }),
  public: fc.option(fc.boolean(), { nil: undefined }),
  runtime: fc.option(fc.constantFrom(...LAMBDA_RUNTIMES), { nil: undefined }),
  port: fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: undefined }),
});

type TierSeed = typeof tierSeed extends fc.Arbitrary<infer T> ? T : never;

const COMPUTE: readonly TierType[] = ["web", "api", "worker", "function"];
const PUBLIC: readonly TierType[] = ["web", "api", "static-site"];

function buildTier(name: string, seed: TierSeed, allNames: readonly string[]): TierInput {
  const type = seed.type;
  const engines: readonly string[] = ENGINES_BY_TIER_TYPE[type];
  const others = allNames.filter((other) => other !== name);
  const connectsTo = [
    ...new Set(
      seed.connectsTo.filter(() => others.length > 0).map((i) => others[i % others.length]!),
    ),
  ];
  const tier: Record<string, unknown> = {
    name,
    type,
    trafficPattern: seed.trafficPattern,
    expectedRps: seed.expectedRps,
    connectsTo: connectsTo.length > 0 ? connectsTo : undefined,
  };
  if (COMPUTE.includes(type)) tier.scaling = seed.scaling;
  if (type !== "function" && !COMPUTE.includes(type)) tier.dataSizeGb = seed.dataSizeGb;
  if (engines.length > 0 && seed.engineIndex !== undefined) {
    tier.engine = engines[seed.engineIndex % engines.length];
  }
  if (PUBLIC.includes(type)) tier.public = seed.public;
  if (type === "function") tier.runtime = seed.runtime;
  if (type === "web" || type === "api") tier.port = seed.port;
  return dropUndefined(tier) as TierInput;
}

const cost = fc.record(
  {
    monthlyBudgetUsd: fc.integer({ min: 1, max: 1000000 }),
    alertThreshold: fc.integer({ min: 1, max: 100 }),
  },
  { requiredKeys: ["monthlyBudgetUsd"] },
);

const security = fc.record(
  {
    encryptionAtRest: fc.boolean(),
    encryptionInTransit: fc.boolean(),
    networkIsolation: fc.boolean(),
    wafEnabled: fc.boolean(),
  },
  { requiredKeys: [] },
);

const disasterRecovery = fc.record(
  {
    rtoMinutes: fc.integer({ min: 1, max: 10080 }),
    rpoMinutes: fc.integer({ min: 0, max: 10080 }),
    crossRegionReplication: fc.boolean(),
    backupRetentionDays: fc.integer({ min: 1, max: 3650 }),
    drRegionIndex: fc.nat(),
  },
  { requiredKeys: [] },
);

const tagKey = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
const tagValue = fc.stringMatching(/^[A-Za-z0-9 _.:/=+@-]{0,40}$/);

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
