import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.nat_gateway`: A NAT gateway in a public subnet. */
export interface NatGatewayProps {
  readonly subnetId: Ref;
  readonly allocationId: Ref;
  readonly connectivityType: "public";
}

export const natGatewayKind = declareKind<NatGatewayProps>()({
  kind: "aws.ec2.nat_gateway",
  group: "network",
  attrs: ["id"],
  description: "A NAT gateway in a public subnet.",
});
