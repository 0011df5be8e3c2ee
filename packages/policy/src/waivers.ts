import type { Diagnostic, Waiver } from "@idio-iac/intent-schema";
import { diagnosticAt } from "@idio-iac/core";
import type { IntentSource } from "@idio-iac/intent-schema";
import { PolicyDiagnostic } from "./diagnostic-codes.js";
import type { Finding } from "./types.js";

export interface WaiverOutcome {
  /** Per finding index, the waiver that accepts it. */
  readonly waiverOf: ReadonlyMap<number, Waiver>;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Matches waivers to findings. A waiver applies to its rule, on one resource
 * or all; an expired waiver (its date before `today`) applies to nothing and
 * is reported, and so is one that matched nothing or names no known rule.
 * Without `today` expiry cannot be judged and every waiver is in force.
 */
export function applyWaivers(
  findings: readonly Finding[],
  waivers: readonly Waiver[],
  knownRules: ReadonlySet<string>,
  today: string | undefined,
  source: IntentSource | undefined,
): WaiverOutcome {
  const waiverOf = new Map<number, Waiver>();
  const diagnostics: Diagnostic[] = [];
  waivers.forEach((waiver, index) => {
    const pointer = `/policy/waivers/${index}`;
    const scope = waiver.resource ? ` on ${waiver.resource}` : "";
    if (!knownRules.has(waiver.rule)) {
      diagnostics.push(
        diagnosticAt(source, `${pointer}/rule`, {
          code: PolicyDiagnostic.WaiverUnknownRule,
          message: `Waiver for ${waiver.rule} names no known rule.`,
          hint: "Run `idio rules list` for the rule ids; remove the waiver if the rule was renamed.",
        }),
      );
      return;
    }
    if (waiver.expires !== undefined && today !== undefined && waiver.expires < today) {
      diagnostics.push(
        diagnosticAt(source, `${pointer}/expires`, {
          code: PolicyDiagnostic.WaiverExpired,
          message: `Waiver for ${waiver.rule}${scope} expired on ${waiver.expires}; its findings are reported again.`,
          hint: "Fix the finding, or review the waiver and move its expiry date.",
        }),
      );
      return;
    }
    let used = false;
    findings.forEach((finding, findingIndex) => {
      if (finding.ruleId !== waiver.rule) return;
      if (waiver.resource !== undefined && finding.resourceId !== waiver.resource) return;
      if (!waiverOf.has(findingIndex)) waiverOf.set(findingIndex, waiver);
      used = true;
    });
    if (!used) {
      diagnostics.push(
        diagnosticAt(source, pointer, {
          code: PolicyDiagnostic.WaiverUnused,
          message: `Waiver for ${waiver.rule}${scope} matches no finding.`,
          hint: "Remove the waiver: the finding is gone (fixed, renamed or no longer applies).",
        }),
      );
    }
  });
  return { waiverOf, diagnostics };
}
