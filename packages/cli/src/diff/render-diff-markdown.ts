import { escapeMarkdown as md, markdownCode as code } from "@idio-iac/core";
import type { CostLine, FindingRef, PlanDiff, PropertyChange, WaiverRef } from "./diff-types.js";
import { shortValue, signedPercent, signedUsd, usd } from "./format-money.js";

/** Where `docs/rules.md` is published: each rule has an anchor named after its id. */
export const DEFAULT_RULES_URL = "https://github.com/idio-dev/idio/blob/main/docs/rules.md";

export interface MarkdownDiffOptions {
  /** Level of the section heading (2 = `##`); subsections go one deeper. Default 2. */
  readonly headingLevel?: number;
  /** Base URL of the rule docs; a finding links to `<url>#<rule id in lower case>`. */
  readonly rulesUrl?: string;
  /** The head plan's Mermaid diagram, shown collapsed in `<details>`. */
  readonly diagram?: string;
  /** Rows per table before `… and N more` (keeps a pull-request comment under GitHub's size limit). */
  readonly maxRows?: number;
  /** Heading text; default the application name, environment and the head's label. */
  readonly title?: string;
}

/** How many changed values one resource row lists. */
const MAX_PROPERTIES = 8;

function valueChange(property: PropertyChange): string {
  if (!("before" in property))
    return `${code(property.path)} added ${code(shortValue(property.after, 60))}`;
  if (!("after" in property)) return `${code(property.path)} removed`;
  return `${code(property.path)} ${code(shortValue(property.before, 40))} → ${code(shortValue(property.after, 40))}`;
}

function limited<T>(
  rows: readonly T[],
  max: number,
  render: (row: T) => string,
  columns: number,
): string[] {
  const lines = rows.slice(0, max).map(render);
  if (rows.length > max)
    lines.push(`| … and ${rows.length - max} more |${" |".repeat(columns - 1)}`);
  return lines;
}

function costTable(title: string, lines: readonly CostLine[], maxRows: number): string[] {
  if (lines.length === 0) return [];
  return [
    "",
    `| ${title} | Before | After | Change |`,
    "| --- | ---: | ---: | ---: |",
    ...limited(
      lines,
      maxRows,
      (l) =>
        `| ${md(l.name)} | ${usd(l.beforeMicros)} | ${usd(l.afterMicros)} | ${signedUsd(l.deltaMicros)} |`,
      4,
    ),
  ];
}

/** One line a reviewer reads first: resources, money and findings at a glance. */
export function summaryLine(diff: PlanDiff): string {
  const { resources, cost, findings } = diff;
  if (diff.empty) return "No changes to resources, cost, findings or waivers.";
  return [
    `${resources.added.length} to add, ${resources.changed.length} to change, ${resources.removed.length} to remove`,
    `${usd(cost.total.afterMicros)}/month (${signedUsd(cost.total.deltaMicros)}, ${signedPercent(cost.deltaPercent)})`,
    `${findings.new.length} new ${findings.new.length === 1 ? "finding" : "findings"}, ${findings.resolved.length} resolved`,
  ].join(" · ");
}

/**
 * The diff as GitHub-flavoured Markdown: a heading, the summary line, the cost
 * table (total, by tier, by service), resource changes, findings linked to
 * their rule docs, waivers, and the head diagram collapsed. Every text from an
 * intent is escaped, so it renders as the text it was.
 */
export function renderDiffMarkdown(diff: PlanDiff, options: MarkdownDiffOptions = {}): string {
  const level = Math.min(5, Math.max(1, options.headingLevel ?? 2));
  const h = "#".repeat(level);
  const sub = "#".repeat(level + 1);
  const maxRows = options.maxRows ?? 50;
  const rulesUrl = options.rulesUrl ?? DEFAULT_RULES_URL;
  const title =
    options.title ?? `${diff.head.name} (${diff.head.environment}) · ${diff.head.label}`;
  const lines = [`${h} ${md(title)}`, "", `**${md(summaryLine(diff))}**`];
  const { resources, cost, findings, waivers } = diff;

  lines.push("", `${sub} Cost (${md(cost.currency)}/month)`, "", "| | Before | After | Change |");
  lines.push("| --- | ---: | ---: | ---: |");
  lines.push(
    `| **Total** | ${usd(cost.total.beforeMicros)} | ${usd(cost.total.afterMicros)} | **${signedUsd(cost.total.deltaMicros)}** (${signedPercent(cost.deltaPercent)}) |`,
  );
  if (cost.budget.limitUsd !== null)
    lines.push(
      `| Budget ${usd(cost.budget.limitUsd * 1_000_000)} | ${md(cost.budget.before ?? "")} | ${md(cost.budget.after ?? "")} | |`,
    );
  lines.push(...costTable("By tier", cost.byTier, maxRows));
  lines.push(...costTable("By service", cost.byService, maxRows));
  if (!cost.complete.after)
    lines.push("", "> The head estimate has unpriced parts: it is a lower bound.");

  const rows = [...resources.added, ...resources.removed, ...resources.changed];
  if (rows.length > 0) {
    const mark = { added: "➕ add", removed: "➖ remove", changed: "✏️ change" } as const;
    lines.push(
      "",
      `${sub} Resources`,
      "",
      "| | Resource | Kind | Changes |",
      "| --- | --- | --- | --- |",
    );
    lines.push(
      ...limited(
        rows,
        maxRows,
        (r) => {
          const shown = r.properties.slice(0, MAX_PROPERTIES).map(valueChange);
          if (r.properties.length > MAX_PROPERTIES)
            shown.push(`… and ${r.properties.length - MAX_PROPERTIES} more`);
          return `| ${mark[r.change]} | ${code(r.id)} | ${code(r.kind)} | ${shown.join("<br>")} |`;
        },
        4,
      ),
    );
  }

  if (findings.new.length + findings.resolved.length > 0) {
    const finding = (state: string) => (f: FindingRef) =>
      `| ${state} | ${md(f.severity)} | [${md(f.ruleId)}](${rulesUrl}#${encodeURIComponent(f.ruleId.toLowerCase())}) | ${f.resourceId === null ? "(plan)" : code(f.resourceId)} | ${md(f.message)} |`;
    lines.push("", `${sub} Findings`, "", "| | Severity | Rule | Resource | Message |");
    lines.push("| --- | --- | --- | --- | --- |");
    lines.push(...limited(findings.new, maxRows, finding("🆕 new"), 5));
    lines.push(...limited(findings.resolved, maxRows, finding("✅ resolved"), 5));
  }

  const waiverRows: [string, WaiverRef][] = [
    ...waivers.added.map((w) => ["added", w] as [string, WaiverRef]),
    ...waivers.removed.map((w) => ["removed", w] as [string, WaiverRef]),
    ...waivers.expired.map((w) => ["expired", w] as [string, WaiverRef]),
  ];
  if (waiverRows.length > 0) {
    lines.push("", `${sub} Waivers`, "", "| | Rule | Resource | Expires | Reason |");
    lines.push("| --- | --- | --- | --- | --- |");
    lines.push(
      ...waiverRows.map(
        ([state, w]) =>
          `| ${state} | ${md(w.rule)} | ${w.resource === undefined ? "(all)" : code(w.resource)} | ${md(w.expires ?? "never")} | ${md(w.reason)} |`,
      ),
    );
  }

  if (options.diagram !== undefined) {
    // A fence longer than any backtick run inside keeps the diagram one block.
    const longest = Math.max(2, ...(options.diagram.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    lines.push(
      "",
      "<details><summary>Diagram of the head plan</summary>",
      "",
      `${fence}mermaid`,
      options.diagram.trimEnd(),
      fence,
      "",
      "</details>",
    );
  }
  return `${lines.join("\n")}\n`;
}
