import type { Plan } from "idio-iac";
import type {
  CostDiff,
  CostLine,
  FindingRef,
  PlanDiff,
  ResourceChange,
  WaiverRef,
} from "./diff-types.js";
import { diffValues } from "./property-paths.js";

export interface DiffOptions {
  /** How each side is named in the output (its file name). */
  readonly baseLabel: string;
  readonly headLabel: string;
  /** Today's date (YYYY-MM-DD) for waiver expiry, from the caller's clock. */
  readonly today?: string;
}

type Node = Plan["graph"]["nodes"][number];
type Finding = NonNullable<Plan["findings"]>[number];

/** Why a resource was sized as it was is not the resource: explanations never count as a change. */
function comparable(node: Node): Record<string, unknown> {
  const { reason: _reason, ...rest } = node as Node & { reason?: unknown };
  return rest;
}

function resourceChanges(base: Plan, head: Plan): PlanDiff["resources"] {
  const before = new Map(base.graph.nodes.map((node) => [node.id, node]));
  const after = new Map(head.graph.nodes.map((node) => [node.id, node]));
  const describe = (node: Node, change: ResourceChange["change"]): ResourceChange => ({
    id: node.id,
    kind: node.kind,
    ...(typeof node.tier === "string" ? { tier: node.tier } : {}),
    change,
    properties: [],
  });
  const added = [...after.values()]
    .filter((n) => !before.has(n.id))
    .map((n) => describe(n, "added"));
  const removed = [...before.values()]
    .filter((n) => !after.has(n.id))
    .map((n) => describe(n, "removed"));
  const changed: ResourceChange[] = [];
  let unchanged = 0;
  for (const [id, node] of after) {
    const old = before.get(id);
    if (old === undefined) continue;
    const properties = diffValues(comparable(old), comparable(node));
    if (properties.length === 0) unchanged++;
    else changed.push({ ...describe(node, "changed"), properties });
  }
  const byId = (a: ResourceChange, b: ResourceChange) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    added: added.sort(byId),
    removed: removed.sort(byId),
    changed: changed.sort(byId),
    unchanged,
  };
}

const micros = (usd: number | undefined) => Math.round((usd ?? 0) * 1_000_000);

function costLines(
  before: readonly { name: string; monthlyMicros: number }[] | undefined,
  after: readonly { name: string; monthlyMicros: number }[] | undefined,
): CostLine[] {
  const old = new Map((before ?? []).map((line) => [line.name, line.monthlyMicros]));
  const now = new Map((after ?? []).map((line) => [line.name, line.monthlyMicros]));
  const names = [...new Set([...old.keys(), ...now.keys()])];
  return names
    .map((name) => {
      const beforeMicros = old.get(name) ?? 0;
      const afterMicros = now.get(name) ?? 0;
      return { name, beforeMicros, afterMicros, deltaMicros: afterMicros - beforeMicros };
    })
    .filter((line) => line.deltaMicros !== 0)
    .sort(
      (a, b) =>
        Math.abs(b.deltaMicros) - Math.abs(a.deltaMicros) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}

function costDiff(base: Plan, head: Plan): CostDiff {
  const beforeMicros = micros(base.cost?.monthlyUsd);
  const afterMicros = micros(head.cost?.monthlyUsd);
  const deltaMicros = afterMicros - beforeMicros;
  return {
    currency: head.cost?.currency ?? base.cost?.currency ?? "USD",
    total: { name: "Total", beforeMicros, afterMicros, deltaMicros },
    // One decimal: enough for a gate, stable across platforms.
    deltaPercent: beforeMicros === 0 ? null : Math.round((deltaMicros / beforeMicros) * 1000) / 10,
    complete: { before: base.cost?.complete ?? true, after: head.cost?.complete ?? true },
    budget: {
      limitUsd: head.cost?.budget?.limitUsd ?? null,
      before: base.cost?.budget?.status ?? null,
      after: head.cost?.budget?.status ?? null,
    },
    byTier: costLines(base.cost?.byTier, head.cost?.byTier),
    byService: costLines(base.cost?.byService, head.cost?.byService),
  };
}

const findingKey = (f: { ruleId: string; resourceId: string | null }) =>
  `${f.ruleId}\u0000${f.resourceId ?? ""}`;

function findingRef(finding: Finding): FindingRef {
  return {
    ruleId: finding.ruleId,
    resourceId: finding.resourceId,
    severity: finding.severity,
    title: finding.title,
    message: finding.message,
    ...(finding.location === undefined
      ? {}
      : { line: finding.location.line, column: finding.location.column }),
  };
}

const SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function byFinding(a: FindingRef, b: FindingRef): number {
  const severity = SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);
  if (severity !== 0) return severity;
  const ka = findingKey(a);
  const kb = findingKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function findingChanges(base: Plan, head: Plan): PlanDiff["findings"] {
  const before = new Map((base.findings ?? []).map((f) => [findingKey(f), f]));
  const after = new Map((head.findings ?? []).map((f) => [findingKey(f), f]));
  const open: Record<string, number> = {};
  for (const finding of after.values()) open[finding.severity] = (open[finding.severity] ?? 0) + 1;
  return {
    new: [...after]
      .filter(([key]) => !before.has(key))
      .map(([, f]) => findingRef(f))
      .sort(byFinding),
    resolved: [...before]
      .filter(([key]) => !after.has(key))
      .map(([, f]) => findingRef(f))
      .sort(byFinding),
    unchanged: [...after.keys()].filter((key) => before.has(key)).length,
    open,
  };
}

function waiversOf(plan: Plan): WaiverRef[] {
  const waivers = (plan.intent as { policy?: { waivers?: readonly WaiverRef[] } }).policy?.waivers;
  return (waivers ?? []).map((w) => ({
    rule: w.rule,
    ...(w.resource === undefined ? {} : { resource: w.resource }),
    reason: w.reason,
    ...(w.expires === undefined ? {} : { expires: w.expires }),
  }));
}

const waiverKey = (w: WaiverRef) => `${w.rule}\u0000${w.resource ?? ""}\u0000${w.expires ?? ""}`;

function waiverChanges(base: Plan, head: Plan, today: string | undefined): PlanDiff["waivers"] {
  const before = waiversOf(base);
  const after = waiversOf(head);
  const oldKeys = new Set(before.map(waiverKey));
  const newKeys = new Set(after.map(waiverKey));
  return {
    added: after.filter((w) => !oldKeys.has(waiverKey(w))),
    removed: before.filter((w) => !newKeys.has(waiverKey(w))),
    expired:
      today === undefined ? [] : after.filter((w) => w.expires !== undefined && w.expires < today),
  };
}

/**
 * Compares two plans of one application: resources by stable node id (with
 * each changed value as a JSON path), cost before/after in total, by tier and
 * by service, findings new and resolved (rule id + resource), and waivers.
 * Pure: the same plans and date give the same diff.
 */
export function diffPlans(base: Plan, head: Plan, options: DiffOptions): PlanDiff {
  const resources = resourceChanges(base, head);
  const cost = costDiff(base, head);
  const findings = findingChanges(base, head);
  const waivers = waiverChanges(base, head, options.today);
  const empty =
    resources.added.length + resources.removed.length + resources.changed.length === 0 &&
    cost.total.deltaMicros === 0 &&
    findings.new.length + findings.resolved.length === 0 &&
    waivers.added.length + waivers.removed.length + waivers.expired.length === 0;
  const side = (plan: Plan, label: string) => ({
    label,
    name: plan.intent.name,
    environment: plan.intent.environment ?? plan.graph.environment,
  });
  return {
    base: side(base, options.baseLabel),
    head: side(head, options.headLabel),
    resources,
    cost,
    findings,
    waivers,
    empty,
  };
}
