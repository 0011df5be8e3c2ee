import type { Ref } from "../values.js";

/** `aws.ec2.internet_gateway`: The VPC's internet gateway. */
export interface InternetGatewayProps {
  readonly vpcId: Ref;
}

export const internetGatewayKind = {
  kind: "aws.ec2.internet_gateway",
  group: "network",
  attrs: ["id", "arn"],
  description: "The VPC's internet gateway.",
} as const;
