import { renderCostText } from "@idio-iac/catalog";
import { escapeForTerminal, escapeMarkdown, markdownCode } from "@idio-iac/intent-schema";
import type { Plan } from "idio-iac";
import { planDnsSection } from "./plan-dns.js";
import type { PlanSections } from "./plan-markdown.js";

/** plan.md's DNS, policy and cost sections, from the graph and what the policy and cost steps put in the plan. */
export function planSections(plan: Plan): PlanSections {
  const sections: { dns?: string; findings?: string; cost?: string } = {};
  const dns = planDnsSection(plan);
  if (dns !== undefined) sections.dns = dns;
  if (plan.findings !== undefined) {
    const lines: string[] = [];
    if (plan.findings.length === 0) lines.push("No open findings.");
    else {
      lines.push("| severity | rule | resource | finding |", "|---|---|---|---|");
      for (const finding of plan.findings) {
        lines.push(
          `| ${escapeMarkdown(finding.severity)} | ${escapeMarkdown(finding.ruleId)} | ${finding.resourceId ? markdownCode(finding.resourceId) : "—"} | ${escapeMarkdown(finding.message)} |`,
        );
      }
    }
    if (plan.fixes !== undefined && plan.fixes.length > 0) {
      lines.push("", `IDIO fixed ${plan.fixes.length} finding(s) automatically:`, "");
      for (const fix of plan.fixes)
        lines.push(
          `- ${escapeMarkdown(fix.ruleId)}: ${markdownCode(fix.resourceId)} ${escapeMarkdown(fix.path)}`,
        );
    }
    if (plan.waived !== undefined && plan.waived.length > 0) {
      lines.push("", `${plan.waived.length} finding(s) waived in the intent:`, "");
      for (const finding of plan.waived)
        lines.push(
          `- ${escapeMarkdown(finding.ruleId)} on ${markdownCode(finding.resourceId ?? "the plan")}: ${escapeMarkdown(finding.waiver?.reason ?? "")}`,
        );
    }
    sections.findings = lines.join("\n");
  }
  if (plan.cost !== undefined) {
    // A fenced block shows text as is: only controls and a closing fence need care.
    const cost = renderCostText(plan.cost)
      .trimEnd()
      .split("\n")
      .map((line) => escapeForTerminal(line).replace(/^(\s*)```/, "$1\\```"))
      .join("\n");
    sections.cost = ["```text", cost, "```"].join("\n");
  }
  return sections;
}
