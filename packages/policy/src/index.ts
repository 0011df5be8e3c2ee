export * from "./types.js";
export { evaluatePolicies, type EvaluateOptions } from "./evaluate-policies.js";
export { autoFix, MAX_FIX_ROUNDS, type AutoFixOptions, type AutoFixResult } from "./auto-fix.js";
export { policyContext, policyInput, type PolicyInput } from "./policy-context.js";
export { checkPolicies, type PolicyStepOptions, type PolicyStepResult } from "./policy-step.js";
export {
  loadPolicyBundle,
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
export { builtinBundle } from "./bundle/builtin-bundle.js";
export { builtinRules, findRule } from "./rules.js";
export { toSarif, type SarifOptions } from "./sarif.js";
export { formatReportText } from "./format-text.js";
export { renderRulesMarkdown, ruleSection } from "./rules-doc.js";
export { severityFor, atLeast } from "./severity.js";
export { PolicyDiagnostic } from "./diagnostic-codes.js";
export { FRAMEWORK_NAMES } from "./frameworks.js";
