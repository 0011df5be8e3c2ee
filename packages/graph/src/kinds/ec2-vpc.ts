import { declareKind } from "./declare-kind.js";

/** `aws.ec2.vpc`: A VPC. */
export interface VpcProps {
  readonly cidrBlock: string;
  readonly enableDnsHostnames: boolean;
  readonly enableDnsSupport: boolean;
}

export const vpcKind = declareKind<VpcProps>()({
  kind: "aws.ec2.vpc",
  group: "network",
  attrs: ["id", "arn", "cidrBlock"],
  description: "A VPC.",
});
