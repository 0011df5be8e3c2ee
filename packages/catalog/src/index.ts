export * from "./sizing/index.js";
