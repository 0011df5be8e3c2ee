import { single, type CloudFormationMapping } from "./mapping.js";

export const webAclCloudFormation: CloudFormationMapping<"aws.wafv2.web_acl"> = {
  kind: "aws.wafv2.web_acl",
  attrs: { id: "Id", arn: "Arn" },
  resources: single("AWS::WAFv2::WebACL"),
  emit(node, ctx) {
    const p = node.props;
    const visibility = (MetricName: string) => ({
      CloudWatchMetricsEnabled: true,
      MetricName,
      SampledRequestsEnabled: true,
    });
    const ratePriority = Math.max(0, ...p.managedRuleGroups.map((group) => group.priority)) + 1;
    ctx.add(node, "AWS::WAFv2::WebACL", {
      Name: p.name,
      Scope: p.scope,
      DefaultAction: p.defaultAction === "allow" ? { Allow: {} } : { Block: {} },
      VisibilityConfig: visibility(p.metricName),
      Rules: [
        ...p.managedRuleGroups.map((group) => ({
          Name: group.name,
          Priority: group.priority,
          OverrideAction: { None: {} },
          Statement: { ManagedRuleGroupStatement: { Name: group.name, VendorName: group.vendor } },
          VisibilityConfig: visibility(group.name),
        })),
        {
          Name: "rate-limit-per-ip",
          Priority: ratePriority,
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: { Limit: p.rateLimitPer5Minutes, AggregateKeyType: "IP" },
          },
          VisibilityConfig: visibility(`${p.metricName}-rate-limit`),
        },
      ],
      Tags: ctx.tags(node),
    });
  },
};
