import type { PriceMapper } from "../mapper-types.js";

/**
 * A health check is billed per month: $0.50 for an AWS endpoint (a load
 * balancer or distribution in the same account), $0.75 for any other, plus
 * each optional feature it uses ($1.00 a month for an AWS endpoint, $2.00
 * otherwise): HTTPS, string matching, the fast (10 s) interval and latency
 * measurement (https://aws.amazon.com/route53/pricing/, "Health checks").
 * An account's first 50 AWS-endpoint checks are free; the estimate does not
 * count on that allowance, which the account's other checks may already use.
 */
export const healthCheckMapper: PriceMapper<"aws.route53.health_check"> = {
  kind: "aws.route53.health_check",
  components(node) {
    const p = node.props;
    const endpoint = p.endpoint;
    const features = [
      p.type === "HTTPS" ? "HTTPS" : undefined,
      p.requestIntervalSeconds === 10 ? "fast interval" : undefined,
      p.measureLatency ? "latency measurement" : undefined,
    ].filter((feature): feature is string => feature !== undefined);
    return [
      {
        component: `Health check (${endpoint === "aws" ? "AWS" : "non-AWS"} endpoint)`,
        product: "route53-health-check-months",
        attributes: { endpoint },
        region: "global",
        quantity: 1,
      },
      ...(features.length > 0
        ? [
            {
              component: `Health check optional features (${features.join(", ")})`,
              product: "route53-health-check-feature-months",
              attributes: { endpoint },
              region: "global",
              quantity: features.length,
            },
          ]
        : []),
    ];
  },
};
