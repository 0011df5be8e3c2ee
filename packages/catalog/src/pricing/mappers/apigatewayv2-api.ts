import type { PriceMapper } from "../mapper-types.js";
import { requestsServedBy } from "./shared.js";

/** HTTP API requests, and the data it serves to the internet. */
export const httpApiMapper: PriceMapper<"aws.apigatewayv2.api"> = {
  kind: "aws.apigatewayv2.api",
  components(node, context) {
    const requests = requestsServedBy(context, node);
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
