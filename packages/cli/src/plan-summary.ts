import { formatUsdGrouped, usdToMicros } from "@idio-iac/catalog";
import { escapeForTerminal } from "@idio-iac/intent-schema";
import { SEVERITIES } from "@idio-iac/policy";
import type { Plan, TierSummary } from "idio-iac";
import { outputNames } from "@idio-iac/emitters";
import { recoveryLabel } from "./output/runbook.js";
import { cloudFrontNameUrls, publicHosts } from "./public-hosts.js";

/**
 * The readable summary `idio plan` prints: the compiler's choice per tier,
 * policy and cost in a line each, resources by kind, order.
 */
export function renderPlanSummary(plan: Plan, tiers: readonly TierSummary[]): string {
  const { intent, graph } = plan;
  // User values (name, tier names, domains in descriptions) are escaped where they are inserted.
  const t = escapeForTerminal;
  const lines: string[] = [];
  lines.push(
    `${t(intent.name)} (${intent.environment}, ${intent.region}${graph.regions?.length ? ` + ${graph.regions.join(" + ")}` : ""}${graph.drRegion ? ` + DR ${graph.drRegion}` : ""}, availability ${intent.availability}): ${graph.nodes.length} resources`,
    "",
    "Tiers",
  );
  const width = Math.max(...tiers.map((tier) => t(tier.name).length));
  const typeWidth = Math.max(...tiers.map((tier) => tier.type.length));
  for (const tier of tiers) {
    lines.push(
      `  ${t(tier.name).padEnd(width)}  ${tier.type.padEnd(typeWidth)}  ${t(tier.description)}`,
    );
  }
  lines.push(...urlLines(plan));
  lines.push("", ...recoveryLines(plan));
  lines.push("", ...policyLines(plan), ...costLines(plan));
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const kinds = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
  const kindWidth = Math.max(...kinds.map(([k]) => k.length));
  lines.push("", "Resources by kind");
  for (const [kind, count] of kinds)
    lines.push(`  ${kind.padEnd(kindWidth)}  ${String(count).padStart(3)}`);
  lines.push("", `Order (${plan.order.length} waves; rollback runs them in reverse)`);
  plan.order.forEach((wave, index) => {
    lines.push(`  ${String(index + 1).padStart(2)}. ${wave.map(t).join(", ")}`);
  });
  return `${lines.join("\n")}\n`;
}

/** The disaster-recovery strategy and what it is built as (runbook.md has the steps). */
function recoveryLines(plan: Plan): string[] {
  const serving = plan.graph.regions ?? [];
  const where = plan.graph.drRegion
    ? `, recovery region ${plan.graph.drRegion}`
    : serving.length > 0
      ? `, serving from ${[plan.graph.region, ...serving].join(", ")}`
      : ", within the region";
  return [`Recovery  ${recoveryLabel(plan)}${where}; failover steps in runbook.md`];
}

/** Where each public tier answers once deployed (and, for DNS elsewhere, its records exist). */
function urlLines(plan: Plan): string[] {
  const t = escapeForTerminal;
  const urls = [
    ...publicHosts(plan).map((host) => ({ tier: host.tier, url: host.url })),
    // Without a domain the name is CloudFront's, known after apply.
    ...cloudFrontNameUrls(plan).map(({ tier, distribution }) => ({
      tier,
      url: `https://<id>.cloudfront.net (after apply: terraform output ${outputNames(distribution.id, "url").terraform})`,
    })),
  ];
  if (urls.length === 0) return [];
  const width = Math.max(...urls.map((entry) => t(entry.tier).length));
  return ["", "URLs", ...urls.map((entry) => `  ${t(entry.tier).padEnd(width)}  ${t(entry.url)}`)];
}

/** Policy in one glance: fixes applied, findings left by severity, waivers used. */
function policyLines(plan: Plan): string[] {
  if (plan.findings === undefined) return [];
  const open = plan.findings;
  const bySeverity = SEVERITIES.map(
    (severity) => `${open.filter((f) => f.severity === severity).length} ${severity}`,
  ).join(", ");
  return [
    `Policy: ${plan.fixes?.length ?? 0} fixes applied, ${open.length} findings open (${bySeverity}), ${plan.waived?.length ?? 0} waived — details: idio policy`,
  ];
}

/** Cost in one glance: the monthly estimate against the budget. */
function costLines(plan: Plan): string[] {
  const cost = plan.cost;
  if (cost === undefined) return [];
  const monthly = formatUsdGrouped(usdToMicros(cost.monthlyUsd));
  const bound = cost.complete ? "" : " (lower bound: some prices are missing)";
  const budget =
    cost.budget.limitUsd === null
      ? "no budget set"
      : `${cost.budget.percentOfBudget}% of the ${formatUsdGrouped(usdToMicros(cost.budget.limitUsd))} budget, ${cost.budget.status === "unknown" ? "budget verdict unknown" : cost.budget.status.replaceAll("-", " ")}`;
  return [`Cost: ${monthly}/month${bound}, ${budget} — details: idio cost`];
}
