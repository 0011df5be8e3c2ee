import { declareKind } from "./declare-kind.js";

/** `aws.cloudfront.origin_access_control`: Lets CloudFront read a private S3 bucket. */
export interface OriginAccessControlProps {
  readonly name: string;
  readonly originType: "s3";
  readonly signingBehavior: "always";
  readonly signingProtocol: "sigv4";
}

export const originAccessControlKind = declareKind<OriginAccessControlProps>()({
  kind: "aws.cloudfront.origin_access_control",
  group: "edge",
  attrs: ["id"],
  description: "Lets CloudFront read a private S3 bucket.",
});
