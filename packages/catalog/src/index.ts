export * from "./sizing/index.js";
export * from "./pricing/index.js";
export * from "./templates/index.js";
export { formatUsdGrouped, usdToMicros } from "./money.js";
