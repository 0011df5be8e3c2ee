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
