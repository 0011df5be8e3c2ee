import { compareText, microsToUsd } from "../money.js";
import type { CostReport } from "./cost-report.js";

export interface CostChange {
  readonly name: string;
  readonly status: "added" | "removed" | "changed";
  readonly beforeUsd: number;
  readonly afterUsd: number;
  readonly deltaUsd: number;
}

/** How the monthly estimate moves between two reports (a pull request's base and head). */
export interface CostDiff {
  readonly beforeUsd: number;
  readonly afterUsd: number;
  readonly deltaUsd: number;
  /** Percent change of the total, to one decimal; null when the baseline is zero. */
  readonly deltaPercent: number | null;
  /** Resources whose cost changed, biggest change first. */
  readonly resources: readonly CostChange[];
  readonly services: readonly CostChange[];
}

function sumBy(report: CostReport, key: "resource" | "service"): Map<string, number> {
  const sums = new Map<string, number>();
  for (const item of report.lineItems)
    sums.set(item[key], (sums.get(item[key]) ?? 0) + item.monthlyMicros);
  return sums;
}

function changes(before: Map<string, number>, after: Map<string, number>): CostChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])];
  return names
    .map((name) => {
      const was = before.get(name);
      const now = after.get(name);
      const delta = (now ?? 0) - (was ?? 0);
      return {
        name,
        status:
          was === undefined
            ? ("added" as const)
            : now === undefined
              ? ("removed" as const)
              : ("changed" as const),
        beforeUsd: microsToUsd(was ?? 0),
        afterUsd: microsToUsd(now ?? 0),
        deltaUsd: microsToUsd(delta),
        delta,
      };
    })
    .filter((change) => change.delta !== 0 || change.status !== "changed")
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || compareText(a.name, b.name))
    .map(({ delta: _delta, ...change }) => change);
}

/** The cost difference between two reports, exact to the micro-dollar. Pure. */
export function diffCost(before: CostReport, after: CostReport): CostDiff {
  const beforeMicros = before.lineItems.reduce((sum, item) => sum + item.monthlyMicros, 0);
  const afterMicros = after.lineItems.reduce((sum, item) => sum + item.monthlyMicros, 0);
  return {
    beforeUsd: microsToUsd(beforeMicros),
    afterUsd: microsToUsd(afterMicros),
    deltaUsd: microsToUsd(afterMicros - beforeMicros),
    deltaPercent:
      beforeMicros === 0
        ? null
        : Math.round(((afterMicros - beforeMicros) / beforeMicros) * 1000) / 10,
    resources: changes(sumBy(before, "resource"), sumBy(after, "resource")),
    services: changes(sumBy(before, "service"), sumBy(after, "service")),
  };
}
