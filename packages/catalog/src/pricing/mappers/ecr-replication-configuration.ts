import type { PriceMapper } from "../mapper-types.js";

/**
 * ECR replication has no charge of its own; each pushed image crosses to every destination
 * region as inter-region data transfer (and is stored there at the registry's storage price,
 * not priced here): https://aws.amazon.com/ecr/pricing/
 */
export const ecrReplicationConfigurationMapper: PriceMapper<"aws.ecr.replication_configuration"> = {
  kind: "aws.ecr.replication_configuration",
  components(node, context) {
    const destinations = node.props.rules.reduce((sum, rule) => sum + rule.destinations.length, 0);
    const pushedGb = context.assume({
      key: "ecr.pushedGbPerMonth",
      value: 2,
      unit: "GB/month",
      description: "Image layers pushed per month to the replicated repositories (new layers only)",
    });
    return [
      {
        component: `Replicated image layers to ${destinations} region${destinations === 1 ? "" : "s"} (inter-region transfer)`,
        product: "data-transfer-inter-region-gb",
        quantity: pushedGb * destinations,
      },
    ];
  },
};
