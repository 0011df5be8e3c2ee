import type { PriceMapper } from "../mapper-types.js";
import { RESPONSE_KB } from "../usage.js";
import { HOURS_PER_MONTH } from "./shared.js";

/**
 * ALB hours and LCUs. An LCU is the highest of: 25 new connections/s, 3,000
 * active connections/min, 1 GB processed/hour, 1,000 rule evaluations/s; for
 * HTTP traffic processed bytes and new connections dominate.
 */
export const loadBalancerMapper: PriceMapper<"aws.elbv2.load_balancer"> = {
  kind: "aws.elbv2.load_balancer",
  components(node, context) {
    // A standby load balancer in the DR region serves nothing until a failover.
    const tiers = node.region === "primary" ? context.tiersServedBy(node.id) : [];
    const requestsPerSecond =
      tiers.reduce((sum, tier) => sum + tier.requestsPerMonth, 0) / (HOURS_PER_MONTH * 3600);
    const newConnectionShare = context.assume({
      key: "alb.newConnectionsPerRequest",
      value: 0.1,
      unit: "connections/request",
      description: "New TCP/TLS connections per request (keep-alive reuses the rest)",
    });
    const requestKb = context.assume({
      key: "alb.requestKb",
      value: 2,
      unit: "KB/request",
      description:
        "Request bytes (headers and body) per request; responses add the tier type's response size",
    });
    const processedGbPerHour = tiers.reduce(
      (sum, tier) =>
        sum +
        ((tier.requestsPerMonth / HOURS_PER_MONTH) *
          (requestKb + (RESPONSE_KB[tier.type] ?? RESPONSE_KB.api ?? 5))) /
          1e6,
      0,
    );
    const lcuFromConnections = (requestsPerSecond * newConnectionShare) / 25;
    const lcuFromBytes = processedGbPerHour;
    const lcus = Math.max(lcuFromConnections, lcuFromBytes);
    const components = [
      {
        component: "Application Load Balancer hours",
        product: "alb-hours",
        quantity: HOURS_PER_MONTH,
      },
      {
        component: "Load balancer capacity units",
        product: "alb-lcu-hours",
        quantity: lcus * HOURS_PER_MONTH,
      },
    ];
    if (node.props.internal) return components;
    return [
      ...components,
      {
        component: `Public IPv4 addresses (${node.props.subnetIds.length}, one per AZ)`,
        product: "public-ipv4-hours",
        quantity: node.props.subnetIds.length * HOURS_PER_MONTH,
      },
      {
        component: "Data transfer out to the internet",
        product: "data-transfer-out-internet-gb",
        quantity: context.internetEgressGb(node.id),
      },
    ];
  },
};
