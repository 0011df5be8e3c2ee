import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EMBEDDED_PRICE_BOOK, costReport, estimateCost, usageFromIntent } from "@idio-iac/catalog";
import { compile } from "@idio-iac/compiler";
import { parseIntent } from "@idio-iac/intent-schema";
import type { Bench } from "tinybench";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

function compiled(name: string, text: string) {
  const parsed = parseIntent(text, "intent.yaml");
  if (parsed.intent === undefined) throw new Error(`${name} does not validate`);
  const result = compile(parsed.intent);
  if (result.graph === undefined) throw new Error(`${name} does not compile`);
  return { intent: parsed.intent, graph: result.graph };
}

/**
 * Cost of a compiled graph: `estimateCost` alone (price lookups and line
 * items) and `costReport` (estimate, budget verdict and recommendations,
 * which re-estimate the graph once per proposed change), for each example
 * and for a synthetic intent of 1,000 tiers.
 */
export default function costSuite(bench: Bench): void {
  const inputs = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // examples/github-action holds a workflow, not an intent.
    .filter((name) => existsSync(`${EXAMPLES}${name}/intent.yaml`))
    .sort()
    .map((name) => ({
      name: `examples/${name}`,
      ...compiled(name, readFileSync(`${EXAMPLES}${name}/intent.yaml`, "utf8")),
    }));
  inputs.push({
    name: "synthetic 1000 tiers",
    ...compiled("synthetic 1000", syntheticIntentYaml(1000)),
  });

  for (const { name, intent, graph } of inputs) {
    const usage = usageFromIntent(intent);
    const lines = estimateCost(graph, EMBEDDED_PRICE_BOOK, usage).lineItems.length;
    bench.add(`estimateCost ${name} (${graph.nodes.length} nodes, ${lines} lines)`, () => {
      estimateCost(graph, EMBEDDED_PRICE_BOOK, usage);
    });
  }
  for (const { name, intent, graph } of inputs) {
    bench.add(`costReport ${name} (with recommendations)`, () => {
      costReport(intent, graph);
    });
  }
}
