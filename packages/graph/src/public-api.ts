// The package's exported functions, each behind its argument check (see
// guard-export.ts). index.ts re-exports these names, which take precedence
// over its `export *` lines; code inside the package calls the originals.
import {
  expectArray,
  expectFunction,
  expectGraph,
  expectPlainObject,
  expectProperties,
  expectString,
  expectStringArray,
  IdioArgumentError,
} from "./argument-error.js";
import {
  awsRegionOf as awsRegionOfImpl,
  isRegionCode as isRegionCodeImpl,
} from "./aws-region-of.js";
import { checkGraph as checkGraphImpl } from "./check-graph.js";
import { nodeById as nodeByIdImpl } from "./graph.js";
import { guardExport } from "./guard-export.js";
import { indexGraph as indexGraphImpl } from "./graph-index.js";
import {
  byCodeUnit as byCodeUnitImpl,
  rebuildJson as rebuildJsonImpl,
  sortKeysDeep as sortKeysDeepImpl,
  visitJson as visitJsonImpl,
} from "./json-walk.js";
import { mapValues as mapValuesImpl } from "./map-values.js";
import { creationWaves as creationWavesImpl, teardownWaves as teardownWavesImpl } from "./order.js";
import { collectRefs as collectRefsImpl, dependenciesOf as dependenciesOfImpl } from "./refs.js";
import {
  isJoin as isJoinImpl,
  isPseudo as isPseudoImpl,
  isRef as isRefImpl,
  join as joinImpl,
  ref as refImpl,
} from "./values.js";

const anything = () => undefined;

/**
 * After a failure: what is wrong with a graph argument, from the cheap shape
 * check and then checkGraph (dangling references, unknown kinds, duplicates).
 */
export const graphProblem = guardExport(
  "graphProblem",
  ["argument", "graph"],
  (argument: string, graph: unknown): IdioArgumentError | undefined => {
    try {
      expectGraph(argument, graph);
    } catch (error) {
      if (error instanceof IdioArgumentError) return error;
      throw error;
    }
    const problem = checkGraphImpl(graph as never)[0];
    if (problem === undefined) return undefined;
    return new IdioArgumentError(
      argument,
      `is not a valid resource graph: node ${JSON.stringify(problem.nodeId.slice(0, 80))} ${problem.message.slice(0, 200)}`,
    );
  },
  (argument) => expectString("argument", argument),
);

/** Entry check and after-failure diagnosis for a function whose first argument is a graph. */
export const graphFirst = {
  check: (graph: unknown) => expectGraph("graph", graph),
  diagnose: (args: readonly unknown[]) => graphProblem("graph", args[0]),
};

/**
 * Cheap on purpose (emitters call it once per node): the graph's regions are
 * strings and the node is an object; what its region means is the function's check.
 */
export const awsRegionOf = guardExport(
  "awsRegionOf",
  ["graph", "node"],
  awsRegionOfImpl,
  (graph, node) => {
    expectProperties(
      "graph",
      graph,
      {
        region: expectString,
        drRegion: expectString,
        regions: expectStringArray,
      },
      ["drRegion", "regions"],
    );
    expectPlainObject("node", node);
  },
);

export const isRegionCode = guardExport("isRegionCode", ["region"], isRegionCodeImpl, anything);

export const ref = guardExport("ref", ["id", "attr"], refImpl, (id, attr) => {
  expectString("id", id);
  if (attr !== undefined) expectString("attr", attr);
});
export const join = guardExport("join", ["parts"], joinImpl, (...parts) =>
  parts.forEach((part, index) => {
    if (typeof part !== "string" && !isRefImpl(part)) {
      expectPlainObject(`parts[${index}]`, part);
      throw new IdioArgumentError(`parts[${index}]`, "must be a string or a Ref");
    }
  }),
);
export const isRef = guardExport("isRef", ["value"], isRefImpl, anything);
export const isJoin = guardExport("isJoin", ["value"], isJoinImpl, anything);
export const isPseudo = guardExport("isPseudo", ["value"], isPseudoImpl, anything);
export const nodeById = guardExport(
  "nodeById",
  ["graph"],
  nodeByIdImpl,
  graphFirst.check,
  graphFirst.diagnose,
);
export const collectRefs = guardExport(
  "collectRefs",
  ["value", "into"],
  collectRefsImpl,
  (_, into) => {
    if (into !== undefined) expectArray("into", into);
  },
);
export const dependenciesOf = guardExport(
  "dependenciesOf",
  ["node"],
  dependenciesOfImpl,
  (node) => {
    expectPlainObject("node", node);
    expectStringArray("node.dependsOn", node.dependsOn);
  },
);
export const creationWaves = guardExport(
  "creationWaves",
  ["graph"],
  creationWavesImpl,
  graphFirst.check,
  graphFirst.diagnose,
);
export const teardownWaves = guardExport("teardownWaves", ["waves"], teardownWavesImpl, (waves) =>
  expectArray("waves", waves, expectStringArray),
);
export const checkGraph = guardExport("checkGraph", ["graph"], checkGraphImpl, graphFirst.check);
export const mapValues = guardExport("mapValues", ["value", "leaf"], mapValuesImpl, (_, leaf) =>
  expectFunction("leaf", leaf),
);
export const indexGraph = guardExport(
  "indexGraph",
  ["graph"],
  indexGraphImpl,
  graphFirst.check,
  graphFirst.diagnose,
);
export const rebuildJson = guardExport(
  "rebuildJson",
  ["value", "options"],
  rebuildJsonImpl,
  (_, options) => {
    expectPlainObject("options", options);
    for (const name of ["replace", "keep", "order"] as const) {
      if (options[name] !== undefined) expectFunction(`options.${name}`, options[name]);
    }
  },
);
export const visitJson = guardExport("visitJson", ["value", "visit"], visitJsonImpl, (_, visit) =>
  expectFunction("visit", visit),
);
export const sortKeysDeep = guardExport(
  "sortKeysDeep",
  ["value", "keep"],
  sortKeysDeepImpl,
  (_, keep) => {
    if (keep !== undefined) expectFunction("keep", keep);
  },
);
export const byCodeUnit = guardExport("byCodeUnit", ["a", "b"], byCodeUnitImpl, (a, b) => {
  expectString("a", a);
  expectString("b", b);
});
