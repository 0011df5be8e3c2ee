import { SEVERITIES, type Severity } from "./types.js";

/** Production raises a rule's severity one level; critical stays critical. */
export function severityFor(base: Severity, environment: string): Severity {
  if (environment !== "production") return base;
  return SEVERITIES[Math.max(0, SEVERITIES.indexOf(base) - 1)] ?? base;
}

/** True when `severity` is at least as severe as `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}
