import { FAILOVER_STEP_MINUTES, type FailoverStep } from "@idio-iac/core";
import { isRef, type GraphNode } from "@idio-iac/graph";

/**
 * What every runbook (recovery region, serving regions, caches) is made of:
 * steps with their durations, and small readers of the plan's nodes.
 */

/** A step: what to do, the commands, its duration in minutes [low, high] and its source. */
export interface RunbookStep {
  readonly title: string;
  readonly commands: readonly string[];
  readonly minutes: readonly [number, number];
  /** Where the duration comes from. */
  readonly source: string;
  readonly note?: string;
  /**
   * `alongside`: starts with the step before it; what follows waits for the longer of the two.
   * `background`: starts with the step before it and holds nothing up (left out of the total).
   */
  readonly timing?: "alongside" | "background";
  /** The step gives a store its writer back: writes recover when the last such step is done. */
  readonly writes?: true;
}

/** A step's duration and source, from core's table (decide-recovery's pilot-light reach uses the same). */
export function timed(step: FailoverStep): Pick<RunbookStep, "minutes" | "source"> {
  return FAILOVER_STEP_MINUTES[step];
}

/**
 * Minutes until the last step is done [fast end, slow end]: steps add up, a
 * step `alongside` the one before counts by what it adds to the longer of the
 * two, a `background` step not at all.
 */
export function failoverMinutes(steps: readonly RunbookStep[]): [number, number] {
  const end = (i: 0 | 1): number => {
    let total = 0;
    let last = 0;
    for (const step of steps) {
      if (step.timing === "background") continue;
      const minutes = step.minutes[i];
      if (step.timing === "alongside") {
        total += Math.max(0, minutes - last);
        last = Math.max(last, minutes);
      } else {
        total += minutes;
        last = minutes;
      }
    }
    return total;
  };
  return [end(0), end(1)];
}

/** `low–high`. */
export function range([low, high]: readonly [number, number]): string {
  return `${low}–${high}`;
}

/** How `[low, high]` minutes compare with the RTO. */
export function verdict([low, high]: readonly [number, number], rto: number): string {
  if (high <= rto) return `within the ${rto}-minute RTO`;
  if (low > rto) return `longer than the ${rto}-minute RTO even at best`;
  return `the ${rto}-minute RTO is met only at the fast end`;
}

/**
 * A runbook section: its total against the RTO, then the numbered steps with
 * their durations, notes and commands. `background` words a background step's
 * timing after the step it starts with (each runbook says it its own way).
 */
export function renderSteps(
  title: string,
  steps: readonly RunbookStep[],
  rto: number,
  background: (index: number) => string,
): string[] {
  const total = failoverMinutes(steps);
  const lines = [
    `## ${title}`,
    "",
    `Expected ${range(total)} min in all, ${verdict(total, rto)}.`,
    "",
  ];
  steps.forEach((step, index) => {
    const how =
      step.timing === "alongside"
        ? `, at the same time as step ${index}`
        : step.timing === "background"
          ? background(index)
          : "";
    lines.push(`${index + 1}. ${step.title} (${step.minutes[0]}–${step.minutes[1]} min${how})`);
    if (step.note !== undefined) lines.push("", `   ${step.note}`);
    if (step.commands.length > 0)
      lines.push(
        "",
        "   ```sh",
        ...step.commands.flatMap((c) => c.split("\n").map((l) => `   ${l}`)),
        "   ```",
      );
    lines.push("");
  });
  return lines;
}

/** Metrics whose alarms say the way in to a region is failing. */
export const START_METRICS: ReadonlySet<string> = new Set([
  "HealthyHostCount",
  "HTTPCode_ELB_5XX_Count",
  "5xx",
  "5XXError",
]);

/** A node's props as plain fields: the runbook reads names across many kinds. */
export function p(node: GraphNode | undefined): Record<string, unknown> {
  return (node?.props ?? {}) as Record<string, unknown>;
}

export function refId(value: unknown): string | undefined {
  return isRef(value) ? value.ref : undefined;
}
