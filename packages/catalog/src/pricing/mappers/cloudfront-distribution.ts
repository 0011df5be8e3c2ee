import type { PriceMapper } from "../mapper-types.js";
import { requestsServedBy } from "./shared.js";

/**
 * Data out to viewers and HTTPS requests, at the first price tier (North
 * America and Europe), which PriceClass_100 serves and the others include.
 */
export const distributionMapper: PriceMapper<"aws.cloudfront.distribution"> = {
  kind: "aws.cloudfront.distribution",
  components(node, context) {
    const requests = requestsServedBy(context, node);
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
