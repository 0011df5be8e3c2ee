import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WAF_RECIPE, webAclProps } from "./web-acl.js";

const REGO = readFileSync(
  new URL("../../../../policy/rego/rules/edge/waf_public_entry.rego", import.meta.url),
  "utf8",
);

describe("the WAF recipe", () => {
  it("numbers the managed groups from 1 and adds SQL injection rules only when asked", () => {
    expect(webAclProps("app-prod-waf", "REGIONAL", { sql: true })).toEqual({
      name: "app-prod-waf",
      scope: "REGIONAL",
      defaultAction: "allow",
      managedRuleGroups: [
        { vendor: "AWS", name: "AWSManagedRulesCommonRuleSet", priority: 1 },
        { vendor: "AWS", name: "AWSManagedRulesKnownBadInputsRuleSet", priority: 2 },
        { vendor: "AWS", name: "AWSManagedRulesAmazonIpReputationList", priority: 3 },
        { vendor: "AWS", name: "AWSManagedRulesSQLiRuleSet", priority: 4 },
      ],
      rateLimitPer5Minutes: 2000,
      metricName: "appprodwaf",
    });
    expect(
      webAclProps("x", "CLOUDFRONT", { sql: false }).managedRuleGroups.map((g) => g.name),
    ).toEqual(WAF_RECIPE.managedRuleGroups);
  });

  it("is the recipe the policy fix IDIO-WAF-001 adds in Rego", () => {
    const groups = [...REGO.matchAll(/"name": "(AWSManagedRules\w+)", "priority": (\d+)/g)];
    expect(groups.map(([, name, priority]) => [name, Number(priority)])).toEqual(
      WAF_RECIPE.managedRuleGroups.map((name, index) => [name, index + 1]),
    );
    expect(REGO).toContain(`"rateLimitPer5Minutes": ${WAF_RECIPE.rateLimitPer5Minutes},`);
  });
});
