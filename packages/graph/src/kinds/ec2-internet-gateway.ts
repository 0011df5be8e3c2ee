import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.internet_gateway`: The VPC's internet gateway. */
export interface InternetGatewayProps {
  readonly vpcId: Ref;
}

export const internetGatewayKind = declareKind<InternetGatewayProps>()({
  kind: "aws.ec2.internet_gateway",
  group: "network",
  attrs: ["id", "arn"],
  description: "The VPC's internet gateway.",
});
