import { readFileSync } from "node:fs";
import { exampleNames } from "@idio-iac/testing";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { ResourceGraph } from "@idio-iac/graph";
import { compile } from "@idio-iac/compiler";
import { parseIntent, type Intent } from "@idio-iac/intent-schema";
import type { TerraformOptions } from "../terraform/emit-terraform.js";

export const EXAMPLES_DIR = fileURLToPath(new URL("../../../../examples/", import.meta.url));

export interface CompiledExample {
  readonly name: string;
  readonly intent: Intent;
  readonly graph: ResourceGraph;
  readonly terraform: TerraformOptions;
}

/** The intent's Terraform settings as emitter options. */
export function terraformOptionsOf(intent: Intent): TerraformOptions {
  const backend = intent.terraform?.backend;
  return backend ? { backend } : {};
}

/** Compiles an intent document; throws with the diagnostics when it does not compile. */
export function compileText(
  text: string,
  fileName: string,
): { intent: Intent; graph: ResourceGraph } {
  const parsed = parseIntent(text, fileName);
  if (parsed.intent === undefined)
    throw new Error(`${fileName} does not parse: ${JSON.stringify(parsed.diagnostics, null, 2)}`);
  const compiled = compile(parsed.intent, { source: parsed.source });
  if (compiled.graph === undefined)
    throw new Error(
      `${fileName} does not compile: ${JSON.stringify(compiled.diagnostics, null, 2)}`,
    );
  return { intent: parsed.intent, graph: compiled.graph };
}

/** An example's compiled graph as its golden pins it (examples/<name>/golden/graph.json). */
export function exampleGraph(name: string): ResourceGraph {
  const file = join(EXAMPLES_DIR, name, "golden", "graph.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { graph: ResourceGraph }).graph;
}

/** Every example under examples/, compiled. */
export function compiledExamples(): CompiledExample[] {
  return exampleNames().map((name) => {
    const file = join(EXAMPLES_DIR, name, "intent.yaml");
    const { intent, graph } = compileText(
      readFileSync(file, "utf8"),
      `examples/${name}/intent.yaml`,
    );
    return { name, intent, graph, terraform: terraformOptionsOf(intent) };
  });
}
