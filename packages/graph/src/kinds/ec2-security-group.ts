import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.security_group`: A security group; its rules are separate nodes. */
export interface SecurityGroupProps {
  readonly name: string;
  readonly description: string;
  readonly vpcId: Ref;
}

export const securityGroupKind = declareKind<SecurityGroupProps>()({
  kind: "aws.ec2.security_group",
  group: "network",
  attrs: ["id", "arn"],
  description: "A security group; its rules are separate nodes.",
});
