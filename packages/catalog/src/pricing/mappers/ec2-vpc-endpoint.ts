import type { PriceMapper } from "../mapper-types.js";
import { HOURS_PER_MONTH } from "./shared.js";

/** Gateway endpoints (S3, DynamoDB) are free; interface endpoints bill per AZ-hour. */
export const vpcEndpointMapper: PriceMapper<"aws.ec2.vpc_endpoint"> = {
  kind: "aws.ec2.vpc_endpoint",
  components(node, context) {
    if (node.props.endpointType === "Gateway") return [];
    return [
      {
        component: `Interface endpoint ${node.props.service} (${context.azCount} AZs)`,
        product: "vpc-interface-endpoint-hours",
        quantity: context.azCount * HOURS_PER_MONTH,
      },
    ];
  },
};
