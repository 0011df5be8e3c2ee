import { renderCostText } from "@idio/catalog";
import type { Plan } from "../plan-type.js";
import type { PlanSections } from "./plan-markdown.js";

/** plan.md's policy and cost sections, from what the policy and cost steps put in the plan. */
export function planSections(plan: Plan): PlanSections {
  const sections: { findings?: string; cost?: string } = {};
  if (plan.findings !== undefined) {
    const lines: string[] = [];
    if (plan.findings.length === 0) lines.push("No open findings.");
    else {
      lines.push("| severity | rule | resource | finding |", "|---|---|---|---|");
      for (const finding of plan.findings) {
        lines.push(
          `| ${finding.severity} | ${finding.ruleId} | ${finding.resourceId ? `\`${finding.resourceId}\`` : "—"} | ${cell(finding.message)} |`,
        );
      }
    }
    if (plan.fixes !== undefined && plan.fixes.length > 0) {
      lines.push("", `IDIO fixed ${plan.fixes.length} finding(s) automatically:`, "");
      for (const fix of plan.fixes)
        lines.push(`- ${fix.ruleId}: \`${fix.resourceId}\` ${fix.path}`);
    }
    if (plan.waived !== undefined && plan.waived.length > 0) {
      lines.push("", `${plan.waived.length} finding(s) waived in the intent:`, "");
      for (const finding of plan.waived)
        lines.push(
          `- ${finding.ruleId} on \`${finding.resourceId ?? "the plan"}\`: ${finding.waiver?.reason ?? ""}`,
        );
    }
    sections.findings = lines.join("\n");
  }
  if (plan.cost !== undefined) {
    sections.cost = ["```text", renderCostText(plan.cost).trimEnd(), "```"].join("\n");
  }
  return sections;
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
