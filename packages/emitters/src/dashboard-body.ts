import type { DashboardProps, Join, Ref } from "@idio-iac/graph";

/** The CloudWatch dashboard JSON: two metric widgets per row. */
export function dashboardBody(
  props: DashboardProps,
  region: string,
  render: (value: string | Ref | Join) => string,
): object {
  return {
    widgets: props.widgets.map((widget, index) => ({
      type: "metric",
      x: (index % 2) * 12,
      y: Math.floor(index / 2) * 6,
      width: 12,
      height: 6,
      properties: {
        title: widget.title,
        region,
        stat: widget.stat,
        period: widget.periodSeconds,
        metrics: widget.metrics.map((metric) => metric.map(render)),
      },
    })),
  };
}
