import type { PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH } from "./shared.js";

/** NAT gateway hours and the data it processes (its share of private tiers' outbound traffic). */
export const natGatewayMapper: PriceMapper<"aws.ec2.nat_gateway"> = {
  kind: "aws.ec2.nat_gateway",
  components(node, context) {
    const gateways = context.memo(
      "nat.primaryGateways",
      () =>
        context.graph.nodes.filter(
          (candidate) => candidate.kind === "aws.ec2.nat_gateway" && candidate.region === "primary",
        ).length,
    );
    const perTierGb = context.assume({
      key: "nat.gbPerComputeTier",
      value: 5,
      unit: "GB/month",
      description:
        "Outbound traffic through NAT per compute tier (image pulls, third-party and AWS API calls)",
    });
    const computeTiers = context.memo(
      "usage.computeTierCount",
      () =>
        Object.values(context.usage.tiers).filter((tier) =>
          ["web", "api", "worker", "function"].includes(tier.type),
        ).length,
    );
    const egressShare = context.assume({
      key: "nat.shareOfInternetEgress",
      value: 0.05,
      unit: "share",
      description:
        "Outbound calls from private subnets, as a share of the data served to the internet",
    });
    const totalGb =
      computeTiers * perTierGb + context.usage.dataTransferOutGbPerMonth * egressShare;
    return [
      { component: "NAT gateway hours", product: "nat-gateway-hours", quantity: HOURS_PER_MONTH },
      {
        component: "NAT gateway data processed",
        product: "nat-gateway-data-gb",
        quantity: node.region === "primary" ? totalGb / Math.max(1, gateways) : 0,
      },
    ];
  },
};
