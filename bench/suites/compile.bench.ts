import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile, orderGraph } from "@idio-iac/compiler";
import { parseIntent, type Intent } from "@idio-iac/intent-schema";
import type { Bench } from "tinybench";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

function resolved(name: string, text: string): Intent {
  const parsed = parseIntent(text, "intent.yaml");
  if (parsed.intent === undefined) throw new Error(`${name} does not validate`);
  return parsed.intent;
}

/**
 * Intent -> resource graph (compile) and graph -> creation/rollback waves
 * (order), for each example and for synthetic intents of 10, 100 and 1,000
 * tiers: time should grow roughly linearly with the tier count.
 */
export default function compileSuite(bench: Bench): void {
  const inputs = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // examples/github-action holds a workflow, not an intent.
    .filter((name) => existsSync(`${EXAMPLES}${name}/intent.yaml`))
    .sort()
    .map((name) => ({
      name: `compile examples/${name}`,
      intent: resolved(name, readFileSync(`${EXAMPLES}${name}/intent.yaml`, "utf8")),
    }));
  for (const tiers of [10, 100, 1000]) {
    inputs.push({
      name: `compile synthetic ${tiers} tiers`,
      intent: resolved(`synthetic ${tiers}`, syntheticIntentYaml(tiers)),
    });
  }
  for (const { name, intent } of inputs) {
    const check = compile(intent);
    if (check.graph === undefined)
      throw new Error(`${name} does not compile: ${JSON.stringify(check.diagnostics)}`);
    bench.add(`${name} (${check.graph.nodes.length} nodes)`, () => {
      compile(intent);
    });
  }
  const largest = compile(inputs[inputs.length - 1]!.intent).graph!;
  bench.add(`order synthetic 1000 tiers (${largest.nodes.length} nodes)`, () => {
    orderGraph(largest);
  });
}
