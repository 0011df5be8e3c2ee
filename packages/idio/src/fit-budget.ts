import { costReport, type CostReport, type PriceBook } from "@idio-iac/catalog";
import { compile } from "@idio-iac/compiler";
import { diagnosticAt } from "@idio-iac/core";
import type { ResourceGraph } from "@idio-iac/graph";
import type { Diagnostic, Intent, IntentSource } from "@idio-iac/intent-schema";

/** A requirement the intent states, and the intent with it relaxed one step. */
interface Relaxation {
  readonly pointer: string;
  /** `availability 99.99` … */
  readonly requirement: string;
  /** … `99.95` */
  readonly relaxed: string;
  readonly apply: (intent: Intent) => Intent;
}

const AVAILABILITY_STEPS = ["99.9", "99.95", "99.99", "99.999"] as const;

/** Each relaxation the budget step prices: one step at a time, from the stated intent. */
function relaxationsOf(intent: Intent): Relaxation[] {
  const out: Relaxation[] = [];
  const step = AVAILABILITY_STEPS.indexOf(
    intent.availability as (typeof AVAILABILITY_STEPS)[number],
  );
  if (step > 0) {
    const lower = AVAILABILITY_STEPS[step - 1]!;
    out.push({
      pointer: "/availability",
      requirement: `availability ${intent.availability}`,
      relaxed: lower,
      apply: (i) => ({ ...i, availability: lower }),
    });
  }
  if (intent.disasterRecovery.crossRegionReplication) {
    out.push({
      pointer: "/disasterRecovery/crossRegionReplication",
      requirement: "crossRegionReplication",
      relaxed: "daily backup copies",
      apply: (i) => ({
        ...i,
        disasterRecovery: { ...i.disasterRecovery, crossRegionReplication: false },
      }),
    });
  }
  if (intent.environment === "production") {
    out.push({
      pointer: "/environment",
      requirement: "environment production",
      relaxed: "staging",
      apply: (i) => ({ ...i, environment: "staging" }),
    });
  }
  intent.compliance.forEach((framework, index) => {
    out.push({
      pointer: `/compliance/${index}`,
      requirement: `compliance ${framework}`,
      relaxed: `no ${framework}`,
      apply: (i) => ({ ...i, compliance: i.compliance.filter((f) => f !== framework) }),
    });
  });
  if (intent.security.wafEnabled) {
    out.push({
      pointer: "/security/wafEnabled",
      requirement: "wafEnabled",
      relaxed: "no WAF",
      apply: (i) => ({ ...i, security: { ...i.security, wafEnabled: false } }),
    });
  }
  return out;
}

function estimateOf(intent: Intent, priceBook: PriceBook | undefined): number | undefined {
  const compiled = compile(intent);
  if (compiled.graph === undefined) return undefined;
  return costReport(intent, compiled.graph, priceBook ? { priceBook } : {}).report.monthlyUsd;
}

const usd = (value: number) => `$${value.toFixed(2)}`;

/** The choices the compiler made for the budget, from the graph's reasons. */
export function budgetChoices(graph: ResourceGraph): string[] {
  const choices = new Set<string>();
  for (const node of graph.nodes) {
    if (!node.reason.pointers.includes("/cost/monthlyBudgetUsd")) continue;
    for (const line of node.reason.calculation) {
      if (!line.startsWith("budget $") || line.includes("NAT gateway")) continue;
      const swap = /(?:burstable (?:Graviton )?)?(\S+)(?: \([^)]*\))? instead of (\S+)/.exec(
        line.slice(line.indexOf(":") + 1),
      );
      if (swap) choices.add(`${node.tier ?? node.id}: ${swap[1]} instead of ${swap[2]}`);
    }
  }
  for (const line of graph.nodes.flatMap((n) => n.reason.calculation))
    if (line.startsWith("budget $") && line.includes("1 shared NAT gateway")) {
      const swap = /1 shared NAT gateway instead of \d+/.exec(line);
      if (swap) choices.add(swap[0]);
    }
  return [...choices].sort();
}

/**
 * The budget step (docs/compiler.md, "Budget fitting"): the compiler already
 * chose the cheapest classes that meet the targets; when the estimate is
 * still over `cost.monthlyBudgetUsd`, price the intent with each requirement
 * relaxed one step and report (IDIO427, at the requirement) which one drives
 * the cost and what relaxing each would save. Variants are compiled and
 * priced without policy fixes, and so is the baseline they are compared to.
 */
export function fitBudget(
  intent: Intent,
  graph: ResourceGraph,
  report: CostReport,
  options: { source?: IntentSource | undefined; priceBook?: PriceBook | undefined },
): Diagnostic[] {
  const budget = intent.cost?.monthlyBudgetUsd;
  if (budget === undefined || report.monthlyUsd <= budget) return [];
  const baseline = estimateOf(intent, options.priceBook) ?? report.monthlyUsd;
  const savings = relaxationsOf(intent)
    .map((relaxation) => {
      const relaxed = estimateOf(relaxation.apply(intent), options.priceBook);
      return { relaxation, saves: relaxed === undefined ? 0 : baseline - relaxed };
    })
    .filter((s) => s.saves >= 0.005)
    .sort((a, b) => b.saves - a.saves || a.relaxation.pointer.localeCompare(b.relaxation.pointer));
  const choices = budgetChoices(graph);
  const transfer = report.lineItems
    .filter((item) => /data transfer out/i.test(item.component))
    .reduce((sum, item) => sum + item.monthlyUsd, 0);
  const transferAssumed = report.assumptions.some(
    (a) =>
      a.key === "dataTransferOutGbPerMonth" && a.source !== "intent" && a.source !== "override",
  );
  const parts = [
    `Estimated ${usd(report.monthlyUsd)}/month is over the ${usd(budget)} budget even with the cheapest choices that meet the intent's targets${choices.length > 0 ? ` (${choices.join("; ")})` : ""}.`,
  ];
  if (savings.length > 0) {
    const [top, ...rest] = savings;
    parts.push(
      `${top!.relaxation.requirement} drives the cost: it costs ${usd(top!.saves)} more than ${top!.relaxation.relaxed}.`,
    );
    if (rest.length > 0)
      parts.push(
        `Also: ${rest.map((s) => `${s.relaxation.requirement} costs ${usd(s.saves)} more than ${s.relaxation.relaxed}`).join("; ")}.`,
      );
  }
  if (transferAssumed && transfer > 0)
    parts.push(
      `${usd(transfer)} of it is data transfer out estimated from assumed request rates (no expectedRps or usage.dataTransferOutGbPerMonth).`,
    );
  const pointer = savings[0]?.relaxation.pointer ?? "/cost/monthlyBudgetUsd";
  return [
    diagnosticAt(options.source, pointer, {
      code: "IDIO427",
      message: parts.join(" "),
      hint:
        savings.length > 0
          ? `Raise cost.monthlyBudgetUsd to at least ${usd(Math.ceil(report.monthlyUsd))}, or relax ${savings[0]!.relaxation.requirement}${transferAssumed ? "; state expectedRps or usage.dataTransferOutGbPerMonth if traffic is lower than assumed" : ""}.`
          : `Raise cost.monthlyBudgetUsd to at least ${usd(Math.ceil(report.monthlyUsd))}${transferAssumed ? ", or state expectedRps or usage.dataTransferOutGbPerMonth if traffic is lower than assumed" : ""}.`,
    }),
  ];
}
