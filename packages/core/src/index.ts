// Diagnostics contract: one shape, one code registry, one constructor, the renderers.
export * from "./diagnostics/diagnostic.js";
export * from "./diagnostics/code-registry.js";
export * from "./diagnostics/make-diagnostic.js";
export * from "./diagnostics/render-diagnostics.js";
export { REPORT_LIMITS } from "./diagnostics/report-limits.js";
export * from "./text/safe-text.js";
// AWS facts.
export * from "./aws/regions.js";
export * from "./aws/zones.js";
export * from "./aws/partitions.js";
export * from "./aws/engines.js";
export * from "./aws/recovery-strategies.js";
export * from "./aws/failover-durations.js";
export * from "./aws/limits.js";
export * from "./aws/quotas.js";
export * from "./aws/sizing/index.js";
