/**
 * The statements of a customer-managed key's policy: the account administers
 * the key through IAM, and the listed AWS services may use it for encryption.
 * Emitters render `account`, `partition` and `region` in their own syntax.
 */
export function keyPolicy(
  servicePrincipals: readonly string[],
  at: { account: string; partition: string; region: string },
): object {
  const statements: object[] = [
    {
      Sid: "AccountAdministersKeyThroughIam",
      Effect: "Allow",
      Principal: { AWS: `arn:${at.partition}:iam::${at.account}:root` },
      Action: "kms:*",
      Resource: "*",
    },
  ];
  if (servicePrincipals.length > 0) {
    statements.push({
      Sid: "ServicesUseKey",
      Effect: "Allow",
      Principal: {
        Service: servicePrincipals.map((service) => servicePrincipal(service, at.region)),
      },
      Action: [
        "kms:Decrypt",
        "kms:DescribeKey",
        "kms:Encrypt",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*",
        "kms:CreateGrant",
      ],
      Resource: "*",
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/** `logs` → `logs.<region>.amazonaws.com` (CloudWatch Logs is regional); `sns` → `sns.amazonaws.com`. */
export function servicePrincipal(service: string, region: string): string {
  if (service.includes(".")) return service;
  if (service === "logs") return `logs.${region}.amazonaws.com`;
  return `${service}.amazonaws.com`;
}
