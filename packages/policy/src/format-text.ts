import type { Diagnostic } from "@idio/intent-schema";
import { FRAMEWORK_NAMES } from "./frameworks.js";
import type { AppliedFix, Finding, PolicyReport } from "./types.js";

export interface TextOptions {
  readonly intentFile: string;
  readonly color: boolean;
  readonly fixes?: readonly AppliedFix[];
}

const COLORS = {
  critical: "\u001b[1;31m",
  high: "\u001b[31m",
  medium: "\u001b[33m",
  low: "\u001b[36m",
};
const RESET = "\u001b[0m";

/** A terminal report: findings first (most severe first), then fixes, waivers, coverage, problems. */
export function formatReportText(report: PolicyReport, options: TextOptions): string {
  const paint = (severity: Finding["severity"], text: string) =>
    options.color ? `${COLORS[severity]}${text}${RESET}` : text;
  const where = (finding: Finding) =>
    `${options.intentFile}:${finding.location.line}:${finding.location.column}`;
  const lines: string[] = [];
  for (const finding of report.findings) {
    lines.push(
      `${paint(finding.severity, finding.severity.toUpperCase().padEnd(8))} ${finding.ruleId}  ${finding.resourceId ?? "(plan)"}  ${where(finding)}`,
      `         ${finding.message}`,
    );
    if (finding.intentField)
      lines.push(`         change ${finding.intentField.pointer} in the intent`);
  }
  const fixes = options.fixes ?? [];
  if (fixes.length) {
    lines.push("", `Fixed automatically (${fixes.length} change${fixes.length === 1 ? "" : "s"}):`);
    for (const fix of fixes) {
      lines.push(
        fix.path
          ? `  ${fix.ruleId}${from(fix)}  ${fix.resourceId}${fix.path}: ${JSON.stringify(fix.before)} -> ${JSON.stringify(fix.after)}`
          : `  ${fix.ruleId}${from(fix)}  added ${fix.resourceId}`,
      );
    }
  }
  if (report.waived.length) {
    lines.push("", `Waived (${report.waived.length}):`);
    for (const finding of report.waived) {
      lines.push(
        `  ${finding.ruleId}  ${finding.resourceId ?? "(plan)"}: ${finding.waiver?.reason ?? ""}${finding.waiver?.expires ? ` (until ${finding.waiver.expires})` : ""}`,
      );
    }
  }
  for (const coverage of report.coverage) {
    lines.push(
      "",
      `${FRAMEWORK_NAMES[coverage.framework]}: ${coverage.passing} of ${coverage.controls.length} mapped controls pass` +
        (coverage.failing ? `, ${coverage.failing} fail` : "") +
        (coverage.waived ? `, ${coverage.waived} waived` : ""),
    );
    const failing = coverage.controls.filter((control) => control.status === "fail");
    if (failing.length) {
      lines.push(
        `  failing: ${failing.map((control) => `${control.control} (${control.rules.join(", ")})`).join("; ")}`,
      );
    }
  }
  if (report.diagnostics.length) lines.push("", ...report.diagnostics.map(formatDiagnostic));
  const counts = summary(report.findings);
  lines.push(
    "",
    report.findings.length
      ? `${report.findings.length} finding(s): ${counts}`
      : "No open findings.",
  );
  return `${lines.join("\n")}\n`;
}

function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line
    ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
    : diagnostic.file;
  return `${diagnostic.severity} ${diagnostic.code} ${place}: ${diagnostic.message}${diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : ""}`;
}

function summary(findings: readonly Finding[]): string {
  const order = ["critical", "high", "medium", "low"] as const;
  return order
    .map(
      (severity) =>
        [severity, findings.filter((finding) => finding.severity === severity).length] as const,
    )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(", ");
}

/** A user bundle's fix names its bundle; the built-in rules' fixes do not. */
function from(fix: AppliedFix): string {
  return fix.source === undefined ? "" : ` (${fix.source})`;
}
