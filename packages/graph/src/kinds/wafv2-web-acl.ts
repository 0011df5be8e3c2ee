import { declareKind } from "./declare-kind.js";

/** `aws.wafv2.web_acl`: A WAF web ACL with managed rule groups and a rate limit. */
export interface WebAclProps {
  readonly name: string;
  readonly scope: "REGIONAL" | "CLOUDFRONT";
  readonly defaultAction: "allow" | "block";
  readonly managedRuleGroups: readonly {
    readonly vendor: "AWS";
    readonly name: string;
    readonly priority: number;
  }[];
  /** Requests per 5 minutes per client IP before blocking. */
  readonly rateLimitPer5Minutes: number;
  readonly metricName: string;
}

export const webAclKind = declareKind<WebAclProps>()({
  kind: "aws.wafv2.web_acl",
  group: "edge",
  attrs: ["id", "arn"],
  description: "A WAF web ACL with managed rule groups and a rate limit.",
});
