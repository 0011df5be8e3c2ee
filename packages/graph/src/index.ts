export * from "./values.js";
export * from "./node.js";
export * from "./graph.js";
export * from "./refs.js";
export * from "./order.js";
export * from "./check-graph.js";
export * from "./kinds/index.js";
export * from "./map-values.js";
