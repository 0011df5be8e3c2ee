import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench } from "tinybench";
import { compile } from "@idio-iac/compiler";
import { emitCloudFormation, emitMermaid, emitTerraform } from "@idio-iac/emitters";
import type { ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";
import type { BenchRatio } from "../run.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const EXAMPLES = join(ROOT, "examples");

/** Terraform synthesis of the 1,000-tier graph takes seconds: a few samples say enough. */
export const minIterations = 3;

/**
 * Printed under the table: each target's emission of the 1,000-tier graph against
 * compiling the same intent, both timed in this suite. Filled in by the suite
 * (the task names carry the node count); run.ts reads it after the run.
 */
export const ratios: BenchRatio[] = [];

function graphOf(name: string, text: string): ResourceGraph {
  const parsed = parseIntent(text, `${name}.yaml`);
  if (parsed.intent === undefined) throw new Error(`${name} does not validate`);
  const compiled = compile(parsed.intent);
  if (compiled.graph === undefined) throw new Error(`${name} does not compile`);
  return compiled.graph;
}

/**
 * Graph -> Terraform (cdktf synthesis in memory), CloudFormation and Mermaid,
 * for each example and for the 1,000-tier synthetic intent, in-process. A cold
 * `idio compile` process is the cold-start suite's.
 */
export default function emitSuite(bench: Bench): void {
  const inputs = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    // examples/github-action holds a workflow, not an intent.
    .filter((name) => existsSync(join(EXAMPLES, name, "intent.yaml")))
    .sort()
    .map((name) => ({
      name: `examples/${name}`,
      graph: graphOf(name, readFileSync(join(EXAMPLES, name, "intent.yaml"), "utf8")),
    }));
  const synthetic = parseIntent(syntheticIntentYaml(1000), "synthetic.yaml").intent;
  if (synthetic === undefined) throw new Error("synthetic does not validate");
  const syntheticGraph = graphOf("synthetic", syntheticIntentYaml(1000));
  inputs.push({ name: "synthetic 1000 tiers", graph: syntheticGraph });
  const nodes1000 = `${syntheticGraph.nodes.length} nodes`;
  const compileTask = `compile synthetic 1000 tiers (${nodes1000})`;
  bench.add(compileTask, () => {
    compile(synthetic);
  });
  ratios.splice(
    0,
    ratios.length,
    ...(["terraform", "cloudformation"] as const).map((target) => ({
      label: `emit-${target}/compile 1000 tiers`,
      numerator: `${target} synthetic 1000 tiers (${nodes1000})`,
      denominator: compileTask,
    })),
  );

  for (const { name, graph } of inputs) {
    const nodes = `${graph.nodes.length} nodes`;
    bench.add(`terraform ${name} (${nodes})`, () => {
      emitTerraform(graph);
    });
    bench.add(`cloudformation ${name} (${nodes})`, () => {
      emitCloudFormation(graph);
    });
    bench.add(`mermaid ${name} (${nodes})`, () => {
      emitMermaid(graph);
    });
  }
}
