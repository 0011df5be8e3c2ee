import type { PriceMapper } from "../mapper-types.js";

/**
 * Shield Advanced is a per-account subscription ($3,000 a month with a one-year commitment,
 * covering every protected resource): https://aws.amazon.com/shield/pricing/. The first
 * protection of the graph (by id) carries it, so a plan counts it once; protections themselves
 * add nothing. Its data-transfer-out fees for protected resources are not priced.
 */
export const shieldProtectionMapper: PriceMapper<"aws.shield.protection"> = {
  kind: "aws.shield.protection",
  components(node, context) {
    const first = context.graph.nodes.find((other) => other.kind === "aws.shield.protection");
    if (first?.id !== node.id) return [];
    return [
      {
        component: "Shield Advanced subscription (account-wide, one-year commitment)",
        product: "shield-advanced-subscription-months",
        region: "global",
        quantity: 1,
        baselineShare: 1,
      },
    ];
  },
};
