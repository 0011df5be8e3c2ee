import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.cloudwatch.dashboard`: A CloudWatch dashboard. */
export interface DashboardProps {
  readonly name: string;
  /** Dashboard body as structured JSON; references are resolved by the emitters. */
  readonly widgets: readonly {
    readonly title: string;
    readonly metrics: readonly (readonly (string | Ref | Join)[])[];
    readonly stat: string;
    readonly periodSeconds: number;
  }[];
}

export const dashboardKind = declareKind<DashboardProps>()({
  kind: "aws.cloudwatch.dashboard",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "A CloudWatch dashboard.",
});
