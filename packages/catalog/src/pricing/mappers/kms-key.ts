import type { PriceMapper } from "../mapper-types.js";

/** A key-month per customer-managed key, and its cryptographic requests. */
export const kmsKeyMapper: PriceMapper<"aws.kms.key"> = {
  kind: "aws.kms.key",
  components(_node, context) {
    const requests = context.assume({
      key: "kms.requestsPerKey",
      value: 100000,
      unit: "requests/month",
      description:
        "Encrypt/decrypt/generate-data-key requests per key (S3 bucket keys and data-key caching keep this low)",
    });
    return [
      { component: "Customer-managed key", product: "kms-key-months", quantity: 1 },
      { component: "KMS requests", product: "kms-requests", quantity: requests },
    ];
  },
};
