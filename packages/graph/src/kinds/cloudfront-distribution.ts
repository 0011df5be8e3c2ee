import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.cloudfront.distribution`: A CloudFront distribution. */
export interface DistributionProps {
  readonly comment: string;
  readonly enabled: boolean;
  readonly defaultRootObject?: string;
  readonly priceClass: "PriceClass_100" | "PriceClass_200" | "PriceClass_All";
  readonly httpVersion: "http2and3";
  readonly origin:
    | { readonly type: "s3"; readonly domainName: Ref; readonly originAccessControlId: Ref }
    /** An internal load balancer through its VPC origin; `domainName` is the load balancer's. */
    | { readonly type: "vpc-origin"; readonly domainName: Ref; readonly vpcOriginId: Ref };
  readonly viewerProtocolPolicy: "redirect-to-https" | "https-only" | "allow-all";
  readonly minimumProtocolVersion: string;
  /** Managed cache and response-headers policies, by their fixed AWS ids. */
  readonly cachePolicyId: string;
  readonly responseHeadersPolicyId: string;
  /** What CloudFront forwards to a dynamic origin (a managed origin request policy id). */
  readonly originRequestPolicyId?: string;
  readonly aliases: readonly string[];
  /** ACM certificate (in us-east-1) when aliases are set; else the default certificate. */
  readonly certificateArn?: Ref;
  readonly webAclArn?: Ref;
  readonly logging?: { readonly bucketDomainName: Ref; readonly prefix: string };
  /**
   * Error responses CloudFront rewrites (a single-page app answers a path
   * with no file with `/index.html` and 200, so deep links reach its router).
   */
  readonly customErrorResponses?: readonly {
    readonly errorCode: number;
    readonly responseCode: number;
    readonly responsePagePath: string;
    readonly errorCachingMinTtlSeconds: number;
  }[];
}

export const distributionKind = declareKind<DistributionProps>()({
  kind: "aws.cloudfront.distribution",
  group: "edge",
  attrs: ["id", "arn", "domainName", "hostedZoneId"],
  description: "A CloudFront distribution.",
});
