export * from "./fargate-task-sizes.js";
export * from "./database-instance-classes.js";
export * from "./cache-node-types.js";
export * from "./ec2-graviton-types.js";
export * from "./throughput-assumptions.js";
export * from "./relative-prices.js";
