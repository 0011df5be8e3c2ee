import fc from "fast-check";
import { arbitraryIntentDocument } from "@idio-iac/testing";
import { compileText, terraformOptionsOf } from "./compiled-examples.js";
import type { ToolSubject } from "./tool-checks.js";

/**
 * The random valid intents the emitter property files share (the determinism
 * check, the Terraform batches and cfn-lint each in a file of its own, so the
 * test pool runs them side by side). A fixed seed keeps CI reproducible;
 * IDIO_PROPERTY_SEED explores further, IDIO_PROPERTY_RUNS samples more.
 */
export const PROPERTY_RUNS = Number(process.env.IDIO_PROPERTY_RUNS ?? 24);
export const PROPERTY_SEED = Number(process.env.IDIO_PROPERTY_SEED ?? 20261121);

export function randomSubjects(): ToolSubject[] {
  const documents = fc.sample(arbitraryIntentDocument({ minTiers: 1, maxTiers: 4 }), {
    numRuns: PROPERTY_RUNS,
    seed: PROPERTY_SEED,
  });
  return documents.map((document, index) => {
    const { intent, graph } = compileText(JSON.stringify(document), `random-${index}.json`);
    return { label: `random-${index}`, graph, terraform: terraformOptionsOf(intent) };
  });
}

/** Part `part` (0-based) of `parts` near-equal slices of the subjects, in order. */
export function slice<T>(items: readonly T[], part: number, parts: number): T[] {
  const size = Math.ceil(items.length / parts);
  return items.slice(part * size, (part + 1) * size);
}
