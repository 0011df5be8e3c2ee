export * from "./sizing/index.js";
export * from "./pricing/index.js";
