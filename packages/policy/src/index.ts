export * from "./types.js";
export type { EvaluateOptions } from "./evaluate-policies.js";
export { MAX_FIX_ROUNDS, type AutoFixOptions, type AutoFixResult } from "./auto-fix.js";
export type { PolicyInput } from "./policy-context.js";
export type { PolicyStepOptions, PolicyStepResult } from "./policy-step.js";
export {
  PolicyBundleError,
  FINDINGS_ENTRYPOINT,
  METADATA_ENTRYPOINT,
  type LoadBundleOptions,
  type PolicyBundle,
} from "./bundle/policy-bundle.js";
export {
  DEFAULT_BUNDLE_LIMITS,
  DEFAULT_POLICY_TIMEOUT_MS,
  type BundleLimits,
} from "./bundle/bundle-limits.js";
export type { SarifOptions } from "./sarif.js";
export { PolicyDiagnostic } from "./diagnostic-codes.js";
export { FRAMEWORK_NAMES } from "./frameworks.js";
// Every exported function behind its argument check (IdioArgumentError).
export {
  atLeast,
  autoFix,
  builtinBundle,
  builtinRules,
  checkPolicies,
  evaluatePolicies,
  findRule,
  formatReportText,
  loadPolicyBundle,
  notCheckedControls,
  policyContext,
  policyInput,
  renderRulesMarkdown,
  ruleSection,
  severityFor,
  toSarif,
} from "./public-api.js";
