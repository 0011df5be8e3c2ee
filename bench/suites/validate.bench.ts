import { parseIntent } from "@idio-iac/intent-schema";
import type { Bench } from "tinybench";
import { exampleNames, readExample } from "../../packages/testing/src/examples.js";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";

/** Parse + validate + defaults + semantic checks, from text to resolved intent. */
export default function validateSuite(bench: Bench): void {
  const inputs = exampleNames().map((name) => ({
    name: `parseIntent examples/${name}`,
    text: readExample(name),
  }));
  inputs.push({ name: "parseIntent synthetic 500 tiers", text: syntheticIntentYaml(500) });
  for (const { name, text } of inputs) {
    const check = parseIntent(text, "intent.yaml");
    if (check.intent === undefined) throw new Error(`${name} does not validate`);
    bench.add(name, () => {
      parseIntent(text, "intent.yaml");
    });
  }
}
