import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.security_group_ingress`: One inbound rule of a security group. */
export interface SecurityGroupIngressProps {
  readonly securityGroupId: Ref;
  readonly description: string;
  readonly ipProtocol: "tcp" | "udp" | "-1";
  readonly fromPort: number;
  readonly toPort: number;
  /** Exactly one source: a CIDR, another security group, or a prefix list. */
  readonly cidrIpv4?: string;
  readonly sourceSecurityGroupId?: Ref;
  readonly sourcePrefixListId?: string;
}

export const securityGroupIngressKind = declareKind<SecurityGroupIngressProps>()({
  kind: "aws.ec2.security_group_ingress",
  group: "network",
  attrs: ["id"],
  description: "One inbound rule of a security group.",
});
