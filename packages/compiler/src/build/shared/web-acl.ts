import type { PropsByKind } from "@idio-iac/graph";

/**
 * The one WAF recipe: AWS managed rule groups in priority order, plus a
 * per-IP rate limit. Every web ACL the compiler builds (regional for load
 * balancers, CLOUDFRONT for static sites) comes from this table. The policy
 * rule IDIO-WAF-001 adds the same recipe in Rego (waf_public_entry.rego);
 * web-acl.test.ts keeps the two equal.
 */
export const WAF_RECIPE = {
  /** OWASP common, known bad inputs, IP reputation. */
  managedRuleGroups: [
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
  ],
  /** Added when a tier talks to a SQL database. */
  sqlRuleGroup: "AWSManagedRulesSQLiRuleSet",
  /** ~6.7 req/s sustained per client IP, far above a person browsing. */
  rateLimitPer5Minutes: 2000,
} as const;

/** The props of a web ACL named `name` built from WAF_RECIPE. */
export function webAclProps(
  name: string,
  scope: "REGIONAL" | "CLOUDFRONT",
  options: { readonly sql: boolean },
): PropsByKind["aws.wafv2.web_acl"] {
  const groups = [
    ...WAF_RECIPE.managedRuleGroups,
    ...(options.sql ? [WAF_RECIPE.sqlRuleGroup] : []),
  ];
  return {
    name,
    scope,
    defaultAction: "allow",
    managedRuleGroups: groups.map((group, index) => ({
      vendor: "AWS",
      name: group,
      priority: index + 1,
    })),
    rateLimitPer5Minutes: WAF_RECIPE.rateLimitPer5Minutes,
    metricName: name.replace(/-/g, ""),
  };
}
