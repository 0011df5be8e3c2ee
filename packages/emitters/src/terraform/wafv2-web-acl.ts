import { Wafv2WebAcl } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const webAclTerraform: TerraformMapping<"aws.wafv2.web_acl"> = {
  kind: "aws.wafv2.web_acl",
  type: Wafv2WebAcl.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(Wafv2WebAcl.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const visibility = (metricName: string) => ({
      cloudwatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });
    const ratePriority = Math.max(0, ...p.managedRuleGroups.map((group) => group.priority)) + 1;
    const resource = ctx.create(node, Wafv2WebAcl, {
      name: p.name,
      scope: p.scope,
      defaultAction: p.defaultAction === "allow" ? { allow: {} } : { block: {} },
      visibilityConfig: visibility(p.metricName),
      tags: ctx.tags(node),
    });
    // The rule statement schema is too deep for cdktf's typed bindings; the
    // JSON below is exactly Terraform's `rule` block.
    resource.addOverride("rule", [
      ...p.managedRuleGroups.map((group) => ({
        name: group.name,
        priority: group.priority,
        override_action: { none: {} },
        statement: {
          managed_rule_group_statement: { name: group.name, vendor_name: group.vendor },
        },
        visibility_config: {
          cloudwatch_metrics_enabled: true,
          metric_name: group.name,
          sampled_requests_enabled: true,
        },
      })),
      {
        name: "rate-limit-per-ip",
        priority: ratePriority,
        action: { block: {} },
        statement: {
          rate_based_statement: { limit: p.rateLimitPer5Minutes, aggregate_key_type: "IP" },
        },
        visibility_config: {
          cloudwatch_metrics_enabled: true,
          metric_name: `${p.metricName}-rate-limit`,
          sampled_requests_enabled: true,
        },
      },
    ]);
  },
};
