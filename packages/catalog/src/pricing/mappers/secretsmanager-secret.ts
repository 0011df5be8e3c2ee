import type { PriceMapper } from "../mapper-types.js";

/**
 * A secret-month for the secret and one for each replica (Secrets Manager
 * bills a replica as a secret), at the primary region's price; reads are rare
 * (administrators only: applications use IAM database authentication).
 */
export const secretMapper: PriceMapper<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  components(node) {
    const replicas = node.props.replicas.length;
    return [
      {
        component:
          replicas > 0 ? `Secret and ${replicas} replica${replicas > 1 ? "s" : ""}` : "Secret",
        product: "secretsmanager-secret-months",
        quantity: 1 + replicas,
      },
    ];
  },
};
