import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseIntent } from "@idio/intent-schema";
import type { Bench } from "tinybench";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));

/** Parse + validate + defaults + semantic checks, from text to resolved intent. */
export default function validateSuite(bench: Bench): void {
  const inputs = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name: `parseIntent examples/${name}`,
      text: readFileSync(`${EXAMPLES}${name}/intent.yaml`, "utf8"),
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
