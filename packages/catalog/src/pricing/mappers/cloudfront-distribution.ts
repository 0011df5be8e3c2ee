import type { PriceMapper } from "../mapper-types.js";

/**
 * Data out to viewers and HTTPS requests, at the first price tier (North
 * America and Europe), which PriceClass_100 serves and the others include.
 */
export const distributionMapper: PriceMapper<"aws.cloudfront.distribution"> = {
  kind: "aws.cloudfront.distribution",
  components(node, context) {
    const requests = context
      .tiersServedBy(node.id)
      .reduce((sum, tier) => sum + tier.requestsPerMonth, 0);
    const attributes = { priceClass: "PriceClass_100" };
    return [
      {
        component: "Data transfer out to viewers",
        product: "cloudfront-data-out-gb",
        attributes,
        quantity: context.internetEgressGb(node.id),
        region: "global",
      },
      {
        component: "HTTPS requests",
        product: "cloudfront-https-requests",
        attributes,
        quantity: requests,
        region: "global",
      },
    ];
  },
};
