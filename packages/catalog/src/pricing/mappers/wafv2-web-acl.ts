import type { PriceMapper } from "../mapper-types.js";
import { requestsServedBy } from "./shared.js";

/** A web ACL, its rules (each managed group and the rate rule count once) and inspected requests. */
export const webAclMapper: PriceMapper<"aws.wafv2.web_acl"> = {
  kind: "aws.wafv2.web_acl",
  components(node, context) {
    const region = node.props.scope === "CLOUDFRONT" ? "global" : context.regionOf(node);
    const rules = node.props.managedRuleGroups.length + 1;
    const requests = requestsServedBy(context, node);
    return [
      { component: "Web ACL", product: "waf-web-acl-months", quantity: 1, region },
      {
        component: `Rules (${rules}: managed groups and the rate limit)`,
        product: "waf-rule-months",
        quantity: rules,
        region,
      },
      { component: "Requests inspected", product: "waf-requests", quantity: requests, region },
    ];
  },
};
