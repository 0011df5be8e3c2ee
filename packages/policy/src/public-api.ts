// The package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectArray,
  expectBoolean,
  expectGraph,
  expectOneOf,
  expectOptions,
  expectPlainObject,
  expectProperties,
  expectString,
  expectStringArray,
  graphProblem,
  guardExport,
  IdioArgumentError,
} from "@idio-iac/graph";
import { COMPLIANCE_FRAMEWORKS, intentFirst } from "@idio-iac/intent-schema";
import { autoFix as autoFixImpl } from "./auto-fix.js";
import { builtinBundle as builtinBundleImpl } from "./bundle/builtin-bundle.js";
import { loadPolicyBundle as loadPolicyBundleImpl } from "./bundle/policy-bundle.js";
import { evaluatePolicies as evaluatePoliciesImpl } from "./evaluate-policies.js";
import { formatReportText as formatReportTextImpl } from "./format-text.js";
import {
  policyContext as policyContextImpl,
  policyInput as policyInputImpl,
} from "./policy-context.js";
import { checkPolicies as checkPoliciesImpl } from "./policy-step.js";
import { notChecked as notCheckedImpl } from "./coverage.js";
import {
  renderRulesMarkdown as renderRulesMarkdownImpl,
  ruleSection as ruleSectionImpl,
} from "./rules-doc.js";
import { builtinRules as builtinRulesImpl, findRule as findRuleImpl } from "./rules.js";
import { toSarif as toSarifImpl } from "./sarif.js";
import { atLeast as atLeastImpl, severityFor as severityForImpl } from "./severity.js";
import { SEVERITIES } from "./types.js";

const none = () => undefined;

const expectContext = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    environment: expectString,
    compliance: expectStringArray,
    security: expectPlainObject,
    waivers: expectArray,
  });
const expectBundles = (argument: string, value: unknown) => {
  if (value !== undefined) expectArray(argument, value, expectPlainObject);
};
const graphAndContext = (graph: unknown, context: unknown, options: unknown) => {
  expectGraph("graph", graph);
  expectContext("context", context);
  expectOptions("options", options);
  expectBundles("options.bundles", options?.bundles);
};
const diagnoseGraph = (args: readonly unknown[]) => graphProblem("graph", args[0]);
const expectReport = (argument: string, value: unknown) =>
  expectProperties(argument, value, {
    findings: (name, findings) => expectArray(name, findings, expectPlainObject),
    waived: (name, waived) => expectArray(name, waived, expectPlainObject),
    diagnostics: (name, diagnostics) => expectArray(name, diagnostics, expectPlainObject),
    coverage: (name, coverage) => expectArray(name, coverage, expectPlainObject),
    rulesEvaluated: expectStringArray,
  });
const expectRule = (argument: string, value: unknown) => {
  expectProperties(argument, value, {
    id: expectString,
    title: expectString,
    severity: (name, severity) => expectOneOf(name, severity, SEVERITIES),
  });
  const docs = (value as { docs?: unknown }).docs;
  if (docs !== undefined) expectStringArray(`${argument}.docs`, docs);
};

export const evaluatePolicies = guardExport(
  "evaluatePolicies",
  ["graph", "context", "options"],
  evaluatePoliciesImpl,
  graphAndContext,
  diagnoseGraph,
);
export const autoFix = guardExport(
  "autoFix",
  ["graph", "context", "options"],
  autoFixImpl,
  graphAndContext,
  diagnoseGraph,
);
export const policyContext = guardExport(
  "policyContext",
  ["intent", "options"],
  policyContextImpl,
  (intent, options) => {
    intentFirst.check(intent);
    expectOptions("options", options);
    if (options?.today !== undefined) expectString("options.today", options.today);
  },
  intentFirst.diagnose,
);
export const policyInput = guardExport(
  "policyInput",
  ["graph", "context"],
  policyInputImpl,
  (graph, context) => {
    expectGraph("graph", graph);
    expectContext("context", context);
  },
  diagnoseGraph,
);
export const checkPolicies = guardExport(
  "checkPolicies",
  ["intent", "graph", "options"],
  checkPoliciesImpl,
  (intent, graph, options) => {
    intentFirst.check(intent);
    expectGraph("graph", graph);
    expectOptions("options", options);
    expectBundles("options.bundles", options?.bundles);
  },
  (args) => intentFirst.diagnose(args) ?? graphProblem("graph", args[1]),
);
export const loadPolicyBundle = guardExport(
  "loadPolicyBundle",
  ["bytes", "name", "options"],
  loadPolicyBundleImpl,
  (bytes, name, options) => {
    if (!(bytes instanceof Uint8Array)) {
      throw new IdioArgumentError("bytes", "must be a Uint8Array (the bundle file's bytes)");
    }
    expectString("name", name);
    expectOptions("options", options);
    if (options?.limits !== undefined) expectPlainObject("options.limits", options.limits);
  },
);
export const builtinBundle = guardExport("builtinBundle", [], builtinBundleImpl, none);
export const builtinRules = guardExport("builtinRules", [], builtinRulesImpl, none);
export const findRule = guardExport("findRule", ["id", "bundles"], findRuleImpl, (id, bundles) => {
  expectString("id", id);
  expectBundles("bundles", bundles);
});
export const toSarif = guardExport(
  "toSarif",
  ["report", "options"],
  toSarifImpl,
  (report, options) => {
    expectReport("report", report);
    expectProperties("options", options, {
      intentFile: expectString,
      toolVersion: expectString,
      rules: (name, rules) => expectArray(name, rules, expectRule),
    });
  },
);
export const formatReportText = guardExport(
  "formatReportText",
  ["report", "options"],
  formatReportTextImpl,
  (report, options) => {
    expectReport("report", report);
    expectProperties("options", options, { intentFile: expectString, color: expectBoolean });
    if (options.fixes !== undefined) expectArray("options.fixes", options.fixes, expectPlainObject);
  },
);
export const renderRulesMarkdown = guardExport(
  "renderRulesMarkdown",
  ["rules"],
  renderRulesMarkdownImpl,
  (rules) => expectArray("rules", rules, expectRule),
);
export const ruleSection = guardExport("ruleSection", ["rule"], ruleSectionImpl, (rule) =>
  expectRule("rule", rule),
);
export const severityFor = guardExport(
  "severityFor",
  ["base", "environment"],
  severityForImpl,
  (base, environment) => {
    expectOneOf("base", base, SEVERITIES);
    expectString("environment", environment);
  },
);
export const atLeast = guardExport(
  "atLeast",
  ["severity", "threshold"],
  atLeastImpl,
  (severity, threshold) => {
    expectOneOf("severity", severity, SEVERITIES);
    expectOneOf("threshold", threshold, SEVERITIES);
  },
);
export const notCheckedControls = guardExport(
  "notCheckedControls",
  ["framework"],
  notCheckedImpl,
  (framework) => expectOneOf("framework", framework, COMPLIANCE_FRAMEWORKS),
);
