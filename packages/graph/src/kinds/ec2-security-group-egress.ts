import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.security_group_egress`: One outbound rule of a security group. */
export interface SecurityGroupEgressProps {
  readonly securityGroupId: Ref;
  readonly description: string;
  readonly ipProtocol: "tcp" | "udp" | "-1";
  readonly fromPort: number;
  readonly toPort: number;
  /** Exactly one destination: a CIDR, another security group, or a prefix list. */
  readonly cidrIpv4?: string;
  readonly destinationSecurityGroupId?: Ref;
  readonly destinationPrefixListId?: Ref;
}

export const securityGroupEgressKind = declareKind<SecurityGroupEgressProps>()({
  kind: "aws.ec2.security_group_egress",
  group: "network",
  attrs: ["id"],
  description: "One outbound rule of a security group.",
});
