// `idio diff`: the difference between two plans (resources, cost, findings,
// waivers) and its three renderings. No cdktf: the GitHub Action bundles this.
export type * from "./diff-types.js";
export { diffPlans, type DiffOptions } from "./diff-plans.js";
export { absentPlan, planFromText, savedPlanFromText, type SideResult } from "./plan-from-text.js";
export { renderDiffJson } from "./render-diff-json.js";
export {
  DEFAULT_RULES_URL,
  renderDiffMarkdown,
  summaryLine,
  type MarkdownDiffOptions,
} from "./render-diff-markdown.js";
export { renderDiffText } from "./render-diff-text.js";
export { signedPercent, signedUsd, usd } from "./format-money.js";
