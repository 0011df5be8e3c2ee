export * from "./values.js";
export * from "./node.js";
export * from "./graph.js";
export * from "./refs.js";
export * from "./order.js";
export * from "./check-graph.js";
export * from "./kinds/index.js";
export * from "./map-values.js";
export * from "./json-walk.js";
export * from "./graph-index.js";
export * from "./argument-error.js";
export { EDGE_REGION } from "./aws-region-of.js";
export { guardExport, type ArgumentCheck, type ArgumentDiagnosis } from "./guard-export.js";
// Every exported function behind its argument check; these names shadow the `export *` above.
export {
  awsRegionOf,
  byCodeUnit,
  checkGraph,
  collectRefs,
  creationWaves,
  dependenciesOf,
  graphFirst,
  graphProblem,
  indexGraph,
  isJoin,
  isPseudo,
  isRef,
  isRegionCode,
  join,
  mapValues,
  nodeById,
  rebuildJson,
  ref,
  sortKeysDeep,
  teardownWaves,
  visitJson,
} from "./public-api.js";
