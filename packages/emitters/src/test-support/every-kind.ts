import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Kind, ResourceGraph } from "@idio-iac/graph";

/** fixtures/every-kind: intents whose compiled graphs together hold every kind. */
export const EVERY_KIND_DIR = fileURLToPath(
  new URL("../../../../fixtures/every-kind/", import.meta.url),
);

export interface EveryKindFixture {
  readonly name: string;
  /** The compiler's graph, pinned by packages/compiler/src/every-kind.test.ts. */
  readonly graph: ResourceGraph;
}

export function everyKindFixtures(): EveryKindFixture[] {
  return readdirSync(EVERY_KIND_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      graph: JSON.parse(
        readFileSync(`${EVERY_KIND_DIR}${name}/golden/graph.json`, "utf8"),
      ) as ResourceGraph,
    }));
}

/** The every-kind fixture's production graph: DR region, edge nodes, most kinds. */
export function everyKindGraph(name = "global"): ResourceGraph {
  const fixture = everyKindFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`no every-kind fixture named ${name}`);
  return fixture.graph;
}

/**
 * One sample node per kind: the first in the primary region (fixtures in name
 * order, nodes in id order), else the first in any region.
 */
export function sampleNodeOfEachKind(): Map<Kind, { fixture: EveryKindFixture; id: string }> {
  const samples = new Map<Kind, { fixture: EveryKindFixture; id: string }>();
  const fixtures = everyKindFixtures();
  for (const primaryOnly of [true, false])
    for (const fixture of fixtures)
      for (const node of fixture.graph.nodes)
        if (!samples.has(node.kind) && (!primaryOnly || node.region === "primary"))
          samples.set(node.kind, { fixture, id: node.id });
  return samples;
}
