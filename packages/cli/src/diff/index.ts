// `idio diff`: the difference between two plans (resources, cost, findings,
// waivers) and its three renderings; the package's `./diff` subpath. No cdktf
// and no commander: the GitHub Action bundles this.
export type * from "./diff-types.js";
export type { DiffOptions } from "./diff-plans.js";
export type { SideResult } from "./plan-from-text.js";
export { DEFAULT_RULES_URL, type MarkdownDiffOptions } from "./render-diff-markdown.js";
// Every exported function behind its argument check (IdioArgumentError).
export {
  absentPlan,
  diffPlans,
  planFromText,
  renderDiffJson,
  renderDiffMarkdown,
  renderDiffText,
  savedPlanFromText,
  signedPercent,
  signedUsd,
  summaryLine,
  usd,
} from "./public-api.js";
