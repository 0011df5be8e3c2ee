import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.vpc_endpoint`: A VPC endpoint (S3 gateway endpoint). */
export interface VpcEndpointProps {
  readonly vpcId: Ref;
  /** Service short name, e.g. `s3`; the emitters build `com.amazonaws.<region>.<service>`. */
  readonly service: string;
  readonly endpointType: "Gateway" | "Interface";
  readonly routeTableIds: readonly Ref[];
}

export const vpcEndpointKind = declareKind<VpcEndpointProps>()({
  kind: "aws.ec2.vpc_endpoint",
  group: "network",
  attrs: ["id", "arn", "prefixListId"],
  description: "A VPC endpoint (S3 gateway endpoint).",
});
