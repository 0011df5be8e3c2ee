import { readFileSync } from "node:fs";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { compile } from "@idio-iac/compiler";
import { parseIntent, type Intent, type IntentSource } from "@idio-iac/intent-schema";
import { autoFix } from "../auto-fix.js";
import { policyContext } from "../policy-context.js";
import type { PolicyContext } from "../types.js";

export interface Lab {
  readonly intent: Intent;
  readonly source: IntentSource;
  readonly context: PolicyContext;
  /** The compiled every-kind graph after auto-fix: no open findings. */
  readonly graph: ResourceGraph;
}

let lab: Lab | undefined;

/** Compiles test-support/every-kind.intent.yaml once and fixes it. */
export function loadLab(): Lab {
  if (lab) return lab;
  const file = "every-kind.intent.yaml";
  const text = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
  const parsed = parseIntent(text, file);
  if (!parsed.intent || !parsed.source)
    throw new Error(`lab intent invalid: ${JSON.stringify(parsed.diagnostics)}`);
  const compiled = compile(parsed.intent, { source: parsed.source });
  if (!compiled.graph)
    throw new Error(`lab intent does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  const context = policyContext(parsed.intent, {
    source: parsed.source,
    today: "2026-06-01",
    // The lab account has raised its Fargate quota: web and api need 15 vCPUs at full scale.
    quotas: { fargateOnDemandVcpu: 50 },
  });
  const fixed = autoFix(compiled.graph, context);
  lab = { intent: parsed.intent, source: parsed.source, context, graph: fixed.graph };
  return lab;
}

/** A mutable deep copy of a graph, for tests that break it on purpose (props untyped on purpose). */
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface MutableNode {
  id: string;
  kind: string;
  region: string;
  tier: string | null;
  props: any;
  tags: Record<string, string>;
  dependsOn: string[];
  reason: any;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
export interface MutableGraph {
  name: string;
  environment: ResourceGraph["environment"];
  region: string;
  drRegion?: string;
  nodes: MutableNode[];
}

export function mutableCopy(graph: ResourceGraph): MutableGraph {
  // Through JSON, not structuredClone: the compiler shares objects (a tier's tags) between nodes.
  return JSON.parse(JSON.stringify(graph)) as MutableGraph;
}

export function frozen(graph: MutableGraph): ResourceGraph {
  return graph as unknown as ResourceGraph;
}

/** The first node of a kind (in id order) that matches, or an error naming what was missing. */
export function nodeOf(
  graph: MutableGraph,
  kind: string,
  where: (node: MutableNode) => boolean = () => true,
): MutableNode {
  // The primary region's node first: the lab graph's standby copies sort before it (`dr.`).
  const matches = (candidate: MutableNode) => candidate.kind === kind && where(candidate);
  const node =
    graph.nodes.find((candidate) => candidate.region === "primary" && matches(candidate)) ??
    graph.nodes.find(matches);
  if (!node) throw new Error(`lab graph has no ${kind} matching the test's condition`);
  return node;
}

/** Adds a node carrying the intent's tags (so only the rule under test reacts to it). */
export function addNode(
  graph: MutableGraph,
  node: Pick<MutableNode, "id" | "kind" | "props">,
  tags: Record<string, string>,
): void {
  graph.nodes.push({
    tier: null,
    region: "primary",
    dependsOn: [],
    reason: { summary: "test", pointers: [], calculation: [] },
    tags,
    ...node,
  } as MutableNode);
  graph.nodes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export type { GraphNode };
