import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile } from "@idio-iac/compiler";
import { DESCEND, rebuildJson, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { autoFix, evaluatePolicies, policyContext, type PolicyContext } from "@idio-iac/policy";
import type { Bench } from "tinybench";

const EXAMPLE = fileURLToPath(
  new URL("../../examples/ecommerce-platform/intent.yaml", import.meta.url),
);

/**
 * Policy evaluation of graphs of 50, 500 and 5,000 nodes, warm (the wasm
 * module is instantiated once, outside the timed calls): copies of the
 * ecommerce-platform graph (PCI DSS + SOC 2, production, DR), ids and
 * references renamed per copy so every rule sees a realistic, linked graph.
 */
export default function policySuite(bench: Bench): void {
  const parsed = parseIntent(readFileSync(EXAMPLE, "utf8"), "intent.yaml");
  if (!parsed.intent) throw new Error("ecommerce-platform does not validate");
  const graph = compile(parsed.intent).graph;
  if (!graph) throw new Error("ecommerce-platform does not compile");
  const context = policyContext(parsed.intent, { today: "2026-06-01" });
  const fixed = autoFix(graph, context).graph;

  for (const size of [50, 500, 5000]) {
    const input = scaled(fixed, size);
    evaluatePolicies(input, context); // warm: instantiate the wasm and JIT the path
    bench.add(`evaluatePolicies ${size} nodes`, () => {
      evaluatePolicies(input, context);
    });
  }
  const broken = scaled(graph, 500);
  bench.add("autoFix 500 nodes (unfixed graph)", () => {
    autoFix(broken, context as PolicyContext);
  });
}

/** `size` nodes: as many renamed copies of `graph` as needed, the last one cut short. */
function scaled(graph: ResourceGraph, size: number): ResourceGraph {
  const nodes: GraphNode[] = [];
  for (let copy = 0; nodes.length < size; copy += 1) {
    const rename = (id: string) => (copy === 0 ? id : `c${copy}.${id}`);
    for (const node of graph.nodes) {
      if (nodes.length === size) break;
      nodes.push(renameRefs({ ...node, id: rename(node.id) }, rename) as GraphNode);
    }
  }
  return { ...graph, nodes: nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

function renameRefs(value: unknown, rename: (id: string) => string): unknown {
  return rebuildJson(value, {
    replace: (item, key) => (key === "ref" && typeof item === "string" ? rename(item) : DESCEND),
  });
}
