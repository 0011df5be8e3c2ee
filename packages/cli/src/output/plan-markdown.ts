import { KINDS } from "@idio-iac/graph";
import { escapeForTerminal, escapeMarkdown, markdownCode } from "@idio-iac/intent-schema";
import type { Plan, TierSummary } from "idio-iac";
import { recoveryLabel, runbookBody } from "./runbook.js";

/**
 * Sections other phases contribute to plan.md, each a Markdown body:
 * the domain's DNS, policy findings and the cost estimate. The compile
 * command fills them from the plan (see `planSections`); plan.md shows
 * whichever are present.
 */
export interface PlanSections {
  readonly dns?: string;
  readonly findings?: string;
  readonly cost?: string;
}

/** What a compile wrote, for the plan's "Output" section. */
export interface OutputSummary {
  readonly targets: readonly string[];
  readonly files: readonly string[];
}

/** plan.md: the plan a reviewer reads in a pull request, with the architecture diagram. */
export function renderPlanMarkdown(
  plan: Plan,
  tiers: readonly TierSummary[],
  diagram: string,
  output: OutputSummary,
  sections: PlanSections = {},
): string {
  const { intent, graph } = plan;
  const lines: string[] = [
    `# ${escapeMarkdown(intent.name)}: infrastructure plan`,
    "",
    `${intent.description === undefined ? "Compiled by IDIO from the application's intent." : escapeMarkdown(intent.description)}`,
    "",
    "| | |",
    "|---|---|",
    `| environment | ${intent.environment} |`,
    `| region | ${graph.region}${graph.regions?.length ? `; also serving from ${graph.regions.join(", ")}` : ""}${graph.drRegion ? ` (disaster recovery in ${graph.drRegion})` : ""} |`,
    `| availability target | ${intent.availability}% |`,
    `| recovery | ${recoveryLabel(plan)} (steps under "Recovery runbook" and in runbook.md) |`,
    `| resources | ${graph.nodes.length} graph nodes |`,
    `| targets | ${output.targets.join(", ") || "none"} |`,
    "",
    "## Architecture",
    "",
    "```mermaid",
    diagram.trimEnd(),
    "```",
    "",
    "## Tiers",
    "",
    "| tier | type | runs on |",
    "|---|---|---|",
  ];
  for (const tier of tiers) {
    lines.push(`| ${escapeMarkdown(tier.name)} | ${tier.type} | ${escapeCell(tier.description)} |`);
  }
  lines.push("");
  if (sections.dns !== undefined) lines.push("## DNS", "", sections.dns.trimEnd(), "");
  if (sections.findings !== undefined)
    lines.push("## Policy findings", "", sections.findings.trimEnd(), "");
  if (sections.cost !== undefined) lines.push("## Cost", "", sections.cost.trimEnd(), "");
  // The runbook nested one level down; runbook.md holds the same steps on its own.
  lines.push("## Recovery runbook", "", runbookBody(plan).replace(/^## /gm, "### ").trimEnd(), "");
  lines.push("## Resources", "", "| id | kind | tier | region | why |", "|---|---|---|---|---|");
  for (const node of graph.nodes) {
    lines.push(
      `| ${markdownCode(node.id)} | ${escapeCell(KINDS[node.kind].description)} | ${escapeMarkdown(node.tier ?? "—")} | ${node.region} | ${escapeCell(node.reason.summary)} |`,
    );
  }
  lines.push(
    "",
    `## Order`,
    "",
    `Created in ${plan.order.length} waves; every resource waits only for earlier waves. Teardown runs them in reverse.`,
    "",
  );
  plan.order.forEach((wave, index) => {
    lines.push(`${index + 1}. ${wave.map(markdownCode).join(", ")}`);
  });
  lines.push("", "## Output", "", ...output.files.map((file) => `- ${markdownCode(file)}`), "");
  return lines.join("\n");
}

/** IDIO's own prose (it quotes only validated values): one table cell, no controls. */
function escapeCell(text: string): string {
  return escapeForTerminal(text.replace(/\n/g, " ")).replace(/\|/g, "\\|");
}
