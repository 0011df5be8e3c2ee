import { escapeMarkdown as md, markdownCode as code, type Diagnostic } from "@idio-iac/core";
import {
  renderDiffMarkdown,
  signedPercent,
  signedUsd,
  summaryLine,
  usd,
  type PlanDiff,
} from "@idio-iac/cli/diff";
import type { ApprovalDecision } from "./approval.js";

/** One intent of the run: its diff, or why it could not be planned. */
export interface IntentReport {
  readonly path: string;
  /** `planned` outside a pull request (nothing to compare with). */
  readonly status: "added" | "changed" | "deleted" | "planned" | "error";
  readonly diff?: PlanDiff;
  /** The head plan's Mermaid diagram (absent for a deleted intent). */
  readonly diagram?: string;
  readonly diagnostics: readonly Diagnostic[];
}

export interface ReportOptions {
  readonly approval: ApprovalDecision;
  readonly approvers: readonly string[];
  readonly approvedLabel: string;
  /** Outside a pull request every matching intent is planned (against nothing): "planned", not "changed". */
  readonly planned?: boolean;
  /** Link to the workflow run, for the full report when the comment had to be cut. */
  readonly runUrl?: string;
}

/** GitHub refuses comment bodies over 65,536 characters; leave room for the marker. */
export const MAX_COMMENT_CHARS = 65_000;

/** GitHub's heading anchor (lower case, punctuation dropped, spaces to hyphens). */
function anchor(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function approvalSection(options: ReportOptions): string[] {
  const { approval } = options;
  if (approval.state === "not-needed") return [];
  const reasons = approval.reasons.map(
    (r) => `- **${r.condition}**: ${r.intents.map((path) => code(path)).join(", ")}`,
  );
  if (approval.state === "granted")
    return [
      `> [!NOTE]`,
      `> Approval granted by ${md(approval.grantedBy ?? "")} for:`,
      ...reasons.map((r) => `> ${r}`),
      "",
    ];
  const who = [
    ...options.approvers.map((a) => (a.includes("/") ? `@${md(a)}` : `@${md(a)}`)),
    `the label ${code(options.approvedLabel)}`,
  ];
  return [
    "> [!IMPORTANT]",
    "> **Approval required** before this change can merge:",
    ...reasons.map((r) => `> ${r}`),
    `>`,
    `> Approve with a review from ${who.join(" or ")}; then re-run this check.`,
    "",
  ];
}

function sectionTitle(report: IntentReport): string {
  return `${report.path} (${report.status})`;
}

function intentSection(report: IntentReport, withDiagram: boolean, maxRows: number): string {
  const title = sectionTitle(report);
  if (report.diff === undefined) {
    const lines = [`### ${md(title)}`, "", "IDIO could not plan this intent:", ""];
    for (const d of report.diagnostics.filter((d) => d.severity === "error"))
      lines.push(`- ${code(`${d.file}:${d.line}:${d.column}`)} **${d.code}** ${md(d.message)}`);
    return `${lines.join("\n")}\n`;
  }
  return renderDiffMarkdown(report.diff, {
    headingLevel: 3,
    title,
    maxRows,
    ...(withDiagram && report.diagram !== undefined ? { diagram: report.diagram } : {}),
  });
}

/** Sum of the intents' monthly costs after and the change, in micro-dollars. */
export function totals(reports: readonly IntentReport[]): {
  after: number;
  delta: number;
  before: number;
} {
  let after = 0;
  let before = 0;
  for (const report of reports) {
    if (report.diff === undefined) continue;
    after += report.diff.cost.total.afterMicros;
    before += report.diff.cost.total.beforeMicros;
  }
  return { after, before, delta: after - before };
}

function render(
  reports: readonly IntentReport[],
  options: ReportOptions,
  withDiagram: boolean,
  maxRows: number,
): string {
  const planned = reports.filter((r) => r.diff !== undefined);
  const failed = reports.length - planned.length;
  const sum = totals(reports);
  const percent = sum.before === 0 ? null : Math.round((sum.delta / sum.before) * 1000) / 10;
  const lines = [
    `## IDIO: ${reports.length} ${reports.length === 1 ? "intent" : "intents"} ${options.planned === true ? "planned" : "changed"}`,
    "",
  ];
  if (reports.length === 0)
    return `${lines[0]}\n\n${options.planned === true ? "No intent matches the intents input." : "No intent changed in this pull request."}\n`;
  lines.push(
    `**${usd(sum.after)}/month (${signedUsd(sum.delta)}, ${signedPercent(percent)})**${failed > 0 ? ` · ⚠️ ${failed} could not be planned` : ""}`,
    "",
    ...approvalSection(options),
  );
  if (reports.length > 1) {
    lines.push("| Intent | Summary |", "| --- | --- |");
    for (const report of reports)
      lines.push(
        `| [${md(report.path)}](#${anchor(sectionTitle(report))}) | ${report.diff ? md(summaryLine(report.diff)) : "could not be planned"} |`,
      );
    lines.push("");
  }
  const body = `${lines.join("\n")}\n${reports.map((r) => intentSection(r, withDiagram, maxRows)).join("\n")}`;
  return body;
}

/**
 * The pull-request comment (and job summary): a summary line, the approval
 * state, a table of contents when several intents changed, then each intent's
 * diff with its diagram. Diagrams go first, then table rows, when the text
 * would be over GitHub's limit; a last resort cuts the text and links the run.
 */
export function renderReport(reports: readonly IntentReport[], options: ReportOptions): string {
  for (const [withDiagram, maxRows] of [
    [true, 50],
    [false, 50],
    [false, 10],
  ] as const) {
    const text = render(reports, options, withDiagram, maxRows);
    if (text.length <= MAX_COMMENT_CHARS) return text;
  }
  const text = render(reports, options, false, 5);
  const note = `\n\n… cut to fit a comment${options.runUrl ? `: the full report is in the [job summary](${options.runUrl})` : ""}.\n`;
  return text.length <= MAX_COMMENT_CHARS
    ? text
    : `${text.slice(0, MAX_COMMENT_CHARS - note.length)}${note}`;
}
