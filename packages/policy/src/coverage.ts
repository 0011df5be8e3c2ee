import type { ComplianceFramework } from "@idio-iac/intent-schema";
import { ACCOUNT_CONTROLS } from "./account-controls.js";
import { byString } from "./compare.js";
import type { Finding, FrameworkCoverage, RuleMetadata } from "./types.js";

let collator: Intl.Collator | undefined;

/**
 * Control ids in natural order ("1.2" before "1.10"): the order of `localeCompare(b, "en",
 * { numeric: true })`, from one collator made on first use instead of one per comparison.
 */
function byControl(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { numeric: true });
  return collator.compare(a, b);
}

/**
 * For each listed framework, the controls the applied rules check and
 * whether the plan meets them: `fail` when a rule mapped to the control has
 * an open finding, `waived` when its only findings are waived, else `pass`.
 * This covers the controls IDIO's rules map to, not the whole framework:
 * `notChecked` lists the account- and organisation-level controls no rule
 * can see, and what would check them.
 */
export function frameworkCoverage(
  frameworks: readonly ComplianceFramework[],
  rules: readonly RuleMetadata[],
  open: readonly Finding[],
  waived: readonly Finding[],
): FrameworkCoverage[] {
  const failing = new Set(open.map((finding) => finding.ruleId));
  const waivedRules = new Set(waived.map((finding) => finding.ruleId));
  return frameworks.map((framework) => {
    const rulesByControl = new Map<string, string[]>();
    for (const rule of rules) {
      for (const control of rule.controls[framework] ?? []) {
        rulesByControl.set(control, [...(rulesByControl.get(control) ?? []), rule.id]);
      }
    }
    const controls = [...rulesByControl.entries()]
      .sort(([a], [b]) => byControl(a, b))
      .map(([control, ruleIds]) => ({
        control,
        rules: ruleIds.sort(byString),
        status: ruleIds.some((id) => failing.has(id))
          ? ("fail" as const)
          : ruleIds.some((id) => waivedRules.has(id))
            ? ("waived" as const)
            : ("pass" as const),
      }));
    return {
      framework,
      controls,
      passing: controls.filter((control) => control.status === "pass").length,
      failing: controls.filter((control) => control.status === "fail").length,
      waived: controls.filter((control) => control.status === "waived").length,
      notChecked: notChecked(framework),
    };
  });
}

/** The account-level controls of a framework, sorted by control id. */
export function notChecked(framework: ComplianceFramework): FrameworkCoverage["notChecked"] {
  return ACCOUNT_CONTROLS.flatMap((entry) =>
    (entry.controls[framework] ?? []).map((control) => ({
      control,
      topic: entry.topic,
      checkedBy: entry.checkedBy,
      docs: entry.docs,
    })),
  ).sort((a, b) => byControl(a.control, b.control));
}
