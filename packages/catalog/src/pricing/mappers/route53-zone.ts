import type { PriceMapper } from "../mapper-types.js";

/**
 * A hosted zone is billed per month ($0.50 for each of the first 25 zones,
 * https://aws.amazon.com/route53/pricing/). Queries for the alias records IDIO
 * creates point at load balancers and CloudFront, and alias queries to AWS
 * resources are free, so no query charge is added.
 */
export const hostedZoneMapper: PriceMapper<"aws.route53.zone"> = {
  kind: "aws.route53.zone",
  components() {
    return [
      {
        component: "Hosted zone",
        product: "route53-hosted-zone-months",
        region: "global",
        quantity: 1,
      },
    ];
  },
};
