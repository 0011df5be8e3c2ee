import { escapeForTerminal as plain } from "@idio-iac/core";
import type { PlanDiff, PropertyChange, ResourceChange } from "./diff-types.js";
import { shortValue, signedPercent, signedUsd, usd } from "./format-money.js";

/** How many changed values a resource lists before `… and N more`. */
const MAX_PROPERTIES = 20;

function change(property: PropertyChange): string {
  if (!("before" in property)) return `${property.path}: added ${shortValue(property.after)}`;
  if (!("after" in property)) return `${property.path}: removed ${shortValue(property.before)}`;
  return `${property.path}: ${shortValue(property.before)} -> ${shortValue(property.after)}`;
}

function resourceLines(mark: string, resource: ResourceChange): string[] {
  const lines = [`  ${mark} ${resource.id} (${resource.kind})`];
  const shown = resource.properties.slice(0, MAX_PROPERTIES);
  lines.push(...shown.map((p) => `      ${change(p)}`));
  if (resource.properties.length > shown.length)
    lines.push(`      … and ${resource.properties.length - shown.length} more`);
  return lines;
}

/** The diff for a terminal: one section each for resources, cost, findings and waivers. */
export function renderDiffText(diff: PlanDiff): string {
  const { resources, cost, findings, waivers } = diff;
  const lines = [
    `${diff.head.name} (${diff.head.environment}): ${diff.base.label} -> ${diff.head.label}`,
  ];
  if (diff.empty) return `${plain(lines.join("\n"))}\nNo changes.\n`;
  lines.push(
    "",
    `Resources: ${resources.added.length} added, ${resources.removed.length} removed, ${resources.changed.length} changed, ${resources.unchanged} unchanged`,
    ...resources.added.flatMap((r) => resourceLines("+", r)),
    ...resources.removed.flatMap((r) => resourceLines("-", r)),
    ...resources.changed.flatMap((r) => resourceLines("~", r)),
    "",
    `Cost (${cost.currency}/month): ${usd(cost.total.beforeMicros)} -> ${usd(cost.total.afterMicros)} (${signedUsd(cost.total.deltaMicros)}, ${signedPercent(cost.deltaPercent)})`,
  );
  if (cost.budget.limitUsd !== null)
    lines.push(
      `  Budget ${usd(cost.budget.limitUsd * 1_000_000)}: ${cost.budget.before} -> ${cost.budget.after}`,
    );
  if (!cost.complete.after) lines.push("  The head estimate has unpriced parts (a lower bound).");
  for (const [title, list] of [
    ["By tier", cost.byTier],
    ["By service", cost.byService],
  ] as const) {
    if (list.length === 0) continue;
    const width = Math.max(...list.map((line) => line.name.length));
    lines.push(`  ${title}:`);
    lines.push(
      ...list.map(
        (line) =>
          `    ${line.name.padEnd(width)}  ${usd(line.beforeMicros)} -> ${usd(line.afterMicros)}  ${signedUsd(line.deltaMicros)}`,
      ),
    );
  }
  lines.push(
    "",
    `Findings: ${findings.new.length} new, ${findings.resolved.length} resolved, ${findings.unchanged} still open`,
    ...findings.new.map(
      (f) => `  + [${f.severity}] ${f.ruleId} on ${f.resourceId ?? "(plan)"}: ${f.message}`,
    ),
    ...findings.resolved.map(
      (f) => `  - [${f.severity}] ${f.ruleId} on ${f.resourceId ?? "(plan)"}: ${f.title}`,
    ),
  );
  const waiverCount = waivers.added.length + waivers.removed.length + waivers.expired.length;
  if (waiverCount > 0) {
    const describe = (w: { rule: string; resource?: string; expires?: string }) =>
      `${w.rule}${w.resource ? ` on ${w.resource}` : ""}${w.expires ? ` (until ${w.expires})` : ""}`;
    lines.push(
      "",
      `Waivers: ${waivers.added.length} added, ${waivers.removed.length} removed, ${waivers.expired.length} expired`,
      ...waivers.added.map((w) => `  + ${describe(w)}: ${w.reason}`),
      ...waivers.removed.map((w) => `  - ${describe(w)}`),
      ...waivers.expired.map(
        (w) => `  ! ${describe(w)} has expired: its findings are reported again`,
      ),
    );
  }
  // Names, messages and reasons come from intents (and user bundles): no control characters.
  return `${lines.map(plain).join("\n")}\n`;
}
