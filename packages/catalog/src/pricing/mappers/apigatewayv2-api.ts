import type { PriceMapper } from "../mapper-types.js";

/** HTTP API requests, and the data it serves to the internet. */
export const httpApiMapper: PriceMapper<"aws.apigatewayv2.api"> = {
  kind: "aws.apigatewayv2.api",
  components(node, context) {
    const requests = context
      .tiersServedBy(node.id)
      .reduce((sum, tier) => sum + tier.requestsPerMonth, 0);
    return [
      { component: "HTTP API requests", product: "apigw-http-requests", quantity: requests },
      {
        component: "Data transfer out to the internet",
        product: "data-transfer-out-internet-gb",
        quantity: context.internetEgressGb(node.id),
      },
    ];
  },
};
