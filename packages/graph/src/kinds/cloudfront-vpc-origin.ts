import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.cloudfront.vpc_origin`: lets CloudFront reach an internal load
 * balancer in private subnets, so the load balancer needs no public address
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-vpc-origins.html).
 */
export interface VpcOriginProps {
  readonly name: string;
  /** The internal Application Load Balancer CloudFront forwards to. */
  readonly loadBalancerArn: Ref;
  /** https-only when the load balancer has a certificate (the intent has a domain), else http-only. */
  readonly originProtocolPolicy: "http-only" | "https-only";
}

export const vpcOriginKind = declareKind<VpcOriginProps>()({
  kind: "aws.cloudfront.vpc_origin",
  group: "edge",
  attrs: ["id", "arn"],
  description: "Lets CloudFront reach an internal load balancer through the VPC.",
});
