import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.flow_log`: VPC flow logs to CloudWatch Logs. */
export interface FlowLogProps {
  readonly vpcId: Ref;
  readonly trafficType: "ALL" | "ACCEPT" | "REJECT";
  readonly logGroupArn: Ref;
  readonly iamRoleArn: Ref;
  readonly maxAggregationInterval: 60 | 600;
}

export const flowLogKind = declareKind<FlowLogProps>()({
  kind: "aws.ec2.flow_log",
  group: "network",
  attrs: ["id", "arn"],
  description: "VPC flow logs to CloudWatch Logs.",
});
