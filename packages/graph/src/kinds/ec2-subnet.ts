import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.subnet`: A subnet in one Availability Zone. */
export interface SubnetProps {
  readonly vpcId: Ref;
  readonly cidrBlock: string;
  /** Literal AZ name (`us-east-1a`): no data source is needed to plan. */
  readonly availabilityZone: string;
  /** public: routes to the internet gateway; private: via NAT; isolated: no internet route. */
  readonly layer: "public" | "private" | "isolated";
  readonly mapPublicIpOnLaunch: boolean;
}

export const subnetKind = declareKind<SubnetProps>()({
  kind: "aws.ec2.subnet",
  group: "network",
  attrs: ["id", "arn"],
  description: "A subnet in one Availability Zone.",
});
