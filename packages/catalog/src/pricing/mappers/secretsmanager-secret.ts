import type { PriceMapper } from "../mapper-types.js";

/** A secret-month per secret, and the API calls that read it. */
export const secretMapper: PriceMapper<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  components(_node, context) {
    const calls = context.assume({
      key: "secrets.apiCallsPerSecret",
      value: 10000,
      unit: "calls/month",
      description: "GetSecretValue calls per secret (task starts, rotation, cache refreshes)",
    });
    return [
      { component: "Secret", product: "secretsmanager-secret-months", quantity: 1 },
      {
        component: "Secrets Manager API calls",
        product: "secretsmanager-api-requests",
        quantity: calls,
      },
    ];
  },
};
