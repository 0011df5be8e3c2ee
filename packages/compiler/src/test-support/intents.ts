import { readFileSync } from "node:fs";
import { exampleNames } from "@idio-iac/testing";
import { fileURLToPath } from "node:url";
import {
  parseIntent,
  type Intent,
  type IntentInput,
  type IntentSource,
} from "@idio-iac/intent-schema";

/** Resolves a document the way the CLI does (schema defaults, type defaults), or throws. */
export function resolveIntent(document: IntentInput): Intent {
  const parsed = parseIntent(JSON.stringify(document), "test.json");
  if (parsed.intent === undefined) {
    throw new Error(`invalid test intent: ${JSON.stringify(parsed.diagnostics, null, 2)}`);
  }
  return parsed.intent;
}

export const EXAMPLES_DIR = fileURLToPath(new URL("../../../../examples/", import.meta.url));

export { exampleNames };

export function loadExample(name: string): { intent: Intent; source: IntentSource } {
  const fileName = `examples/${name}/intent.yaml`;
  const parsed = parseIntent(readFileSync(`${EXAMPLES_DIR}${name}/intent.yaml`, "utf8"), fileName);
  if (parsed.intent === undefined || parsed.source === undefined) {
    throw new Error(`example ${name} does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  }
  return { intent: parsed.intent, source: parsed.source };
}

/** A small valid document to vary in tests. */
export function baseDocument(overrides: Partial<IntentInput> = {}): IntentInput {
  return {
    apiVersion: "idio.dev/v1",
    name: "demo",
    environment: "production",
    domain: "demo.example.com",
    tiers: [
      { name: "web", type: "web", trafficPattern: "steady", expectedRps: 100, connectsTo: ["db"] },
      { name: "db", type: "database", dataSizeGb: 50 },
    ],
    ...overrides,
  } as IntentInput;
}

/**
 * Production, 99.99, in eu-west-1 with cross-region replication to eu-central-1
 * (RPO 4): a web tier and a 4 GB cache tier with `cache`'s settings. The RTO picks
 * the strategy (8: a warm standby, 30: a pilot light).
 */
export function cacheWithRecoveryIntent(
  rtoMinutes: number,
  cache: Record<string, unknown> = {},
  overrides: Partial<IntentInput> = {},
): Intent {
  return resolveIntent(
    baseDocument({
      region: "eu-west-1",
      availability: "99.99",
      tiers: [
        { name: "web", type: "web", expectedRps: 50, connectsTo: ["cache"] },
        { name: "cache", type: "cache", dataSizeGb: 4, ...cache },
      ],
      disasterRecovery: {
        crossRegionReplication: true,
        drRegion: "eu-central-1",
        rtoMinutes,
        rpoMinutes: 4,
      },
      ...overrides,
    } as Partial<IntentInput>),
  );
}
