export * from "./recommendation.js";
export { recommend } from "./recommend.js";
