import type { MetricAlarmProps } from "@idio-iac/graph";
import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { Site } from "../../ids.js";
import { addAlarm } from "./build-observability.js";

/**
 * One alarm as data: the metric and its comparison, with the threshold and
 * the sentences computed from what the tier was sized to (`D`, for example a
 * database design). A table of these per tier type replaces alarm code.
 */
export interface AlarmRecipe<D> {
  /** The id segment: `ops.alarm.<tier>.<metric>`. */
  readonly metric: string;
  /** Whether the alarm applies to this design; always when absent. */
  readonly when?: (design: D) => boolean;
  readonly namespace: string;
  readonly metricName: string;
  readonly statistic: MetricAlarmProps["statistic"];
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly threshold: (design: D) => number;
  readonly comparisonOperator: MetricAlarmProps["comparisonOperator"];
  readonly summary: (tierName: string, design: D) => string;
  readonly calculation?: (design: D) => string[];
}

/** Adds the alarms of `recipes` that apply to `design`, in table order. */
export function addAlarms<D>(
  context: CompileContext,
  t: ResolvedTier,
  recipes: readonly AlarmRecipe<D>[],
  design: D,
  dimensions: MetricAlarmProps["dimensions"],
  site: Site = "primary",
): void {
  for (const recipe of recipes) {
    if (recipe.when !== undefined && !recipe.when(design)) continue;
    addAlarm(context, t, {
      metric: recipe.metric,
      summary: recipe.summary(t.name, design),
      props: {
        namespace: recipe.namespace,
        metricName: recipe.metricName,
        dimensions,
        statistic: recipe.statistic,
        periodSeconds: recipe.periodSeconds,
        evaluationPeriods: recipe.evaluationPeriods,
        threshold: recipe.threshold(design),
        comparisonOperator: recipe.comparisonOperator,
      },
      ...(recipe.calculation !== undefined ? { calculation: recipe.calculation(design) } : {}),
      ...(site !== "primary" ? { site } : {}),
    });
  }
}
