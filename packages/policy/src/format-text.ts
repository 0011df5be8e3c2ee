import { escapeForTerminal as t, type Diagnostic } from "@idio-iac/intent-schema";
import { FRAMEWORK_NAMES } from "./frameworks.js";
import type { AppliedFix, Finding, FrameworkCoverage, PolicyReport } from "./types.js";

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

/**
 * A terminal report: findings first (most severe first), then fixes, waivers, coverage, problems.
 * Rule ids, messages, resource ids, waiver reasons, bundle and file names may be user text
 * (intent, user bundle, command line): each is escaped where it is inserted, so the colours
 * this report adds stay the only escape sequences in it.
 */
export function formatReportText(report: PolicyReport, options: TextOptions): string {
  const paint = (severity: Finding["severity"], text: string) =>
    options.color ? `${COLORS[severity]}${text}${RESET}` : text;
  const where = (finding: Finding) =>
    `${t(options.intentFile)}:${finding.location.line}:${finding.location.column}`;
  const lines: string[] = [];
  for (const finding of report.findings) {
    lines.push(
      `${paint(finding.severity, finding.severity.toUpperCase().padEnd(8))} ${t(finding.ruleId)}  ${t(finding.resourceId ?? "(plan)")}  ${where(finding)}`,
      `         ${t(finding.message)}`,
    );
    if (finding.intentField)
      lines.push(`         change ${t(finding.intentField.pointer)} in the intent`);
  }
  const fixes = options.fixes ?? [];
  if (fixes.length) {
    lines.push("", `Fixed automatically (${fixes.length} change${fixes.length === 1 ? "" : "s"}):`);
    for (const fix of fixes) {
      lines.push(
        fix.path
          ? `  ${t(fix.ruleId)}${from(fix)}  ${t(fix.resourceId)}${t(fix.path)}: ${t(String(JSON.stringify(fix.before)))} -> ${t(String(JSON.stringify(fix.after)))}`
          : `  ${t(fix.ruleId)}${from(fix)}  added ${t(fix.resourceId)}`,
      );
    }
  }
  if (report.waived.length) {
    lines.push("", `Waived (${report.waived.length}):`);
    for (const finding of report.waived) {
      lines.push(
        `  ${t(finding.ruleId)}  ${t(finding.resourceId ?? "(plan)")}: ${t(finding.waiver?.reason ?? "")}${finding.waiver?.expires ? ` (until ${t(finding.waiver.expires)})` : ""}`,
      );
    }
  }
  for (const coverage of report.coverage) lines.push("", ...coverageLines(coverage));
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
    ? `${t(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`
    : t(diagnostic.file);
  return `${diagnostic.severity} ${diagnostic.code} ${place}: ${t(diagnostic.message)}${diagnostic.hint ? `\n  hint: ${t(diagnostic.hint)}` : ""}`;
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
  return fix.source === undefined ? "" : ` (${t(fix.source)})`;
}

/**
 * One framework's coverage: how the plan fares on the controls the rules map, said as what it
 * is (not compliance), then the account-level controls no rule checks and what would.
 */
export function coverageLines(coverage: FrameworkCoverage): string[] {
  const name = FRAMEWORK_NAMES[coverage.framework];
  const lines = [
    `${name}: the plan passes ${coverage.passing} of the ${coverage.controls.length} controls IDIO's rules check` +
      (coverage.failing ? `, ${coverage.failing} fail` : "") +
      (coverage.waived ? `, ${coverage.waived} waived` : "") +
      ". This is not an assessment of the framework.",
  ];
  const failing = coverage.controls.filter((control) => control.status === "fail");
  if (failing.length) {
    lines.push(
      `  failing: ${failing.map((control) => `${t(control.control)} (${control.rules.map(t).join(", ")})`).join("; ")}`,
    );
  }
  // A report saved by an older IDIO has no notChecked list.
  const notChecked = coverage.notChecked ?? [];
  if (notChecked.length) {
    lines.push(
      `  Not checked by IDIO (${notChecked.length} account- and organisation-level controls), and what would check them:`,
    );
    const width = Math.max(...notChecked.map((entry) => entry.control.length));
    for (const entry of notChecked) {
      lines.push(`    ${entry.control.padEnd(width)}  ${entry.topic}: ${entry.checkedBy}`);
    }
  }
  return lines;
}
