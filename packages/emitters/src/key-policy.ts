/**
 * The statements of a customer-managed key's policy: the account administers
 * the key through IAM, the listed AWS services may use it for encryption —
 * each only on behalf of this account (confused-deputy prevention:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html) —
 * and the listed service-linked roles may use it for the resources they create.
 * Emitters render `account`, `partition` and `region` in their own syntax.
 */
export function keyPolicy(
  servicePrincipals: readonly string[],
  at: { account: string; partition: string; region: string },
  serviceLinkedRoles: readonly "autoscaling"[] = [],
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
  // One statement per condition: services whose calls carry the same keys share it.
  const groups = new Map<string, { services: string[]; condition: object | undefined }>();
  for (const service of servicePrincipals) {
    const condition = serviceCondition(service, at);
    const key = JSON.stringify(condition ?? null);
    const group = groups.get(key) ?? { services: [], condition };
    group.services.push(servicePrincipal(service, at.region));
    groups.set(key, group);
  }
  for (const { services, condition } of groups.values()) {
    const sid =
      condition === undefined
        ? "ServicesUseKey"
        : `${services.map((s) => s.split(".")[0]!.replace(/^./, (c) => c.toUpperCase())).join("")}UsesKeyForThisAccount`;
    statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { Service: services.length === 1 ? services[0] : services },
      Action: SERVICE_ACTIONS,
      Resource: "*",
      ...(condition !== undefined ? { Condition: condition } : {}),
    });
  }
  if (serviceLinkedRoles.includes("autoscaling")) statements.push(...autoScalingStatements(at));
  return { Version: "2012-10-17", Statement: statements };
}

const SERVICE_ACTIONS = [
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKey*",
  "kms:ReEncrypt*",
  "kms:CreateGrant",
];

/**
 * The condition each service is documented to satisfy when it calls KMS for
 * this account; none for a service that does not send one (a condition it
 * cannot meet would break encryption).
 */
function serviceCondition(
  service: string,
  at: { account: string; partition: string; region: string },
): object | undefined {
  switch (service) {
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
    case "logs":
      return {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": `arn:${at.partition}:logs:${at.region}:${at.account}:*`,
        },
      };
    // https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
    case "cloudtrail":
      return {
        ArnLike: {
          "aws:SourceArn": `arn:${at.partition}:cloudtrail:${at.region}:${at.account}:trail/*`,
        },
      };
    // https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-sns-policy.html
    case "budgets":
      return {
        StringEquals: { "aws:SourceAccount": at.account },
        ArnLike: { "aws:SourceArn": `arn:${at.partition}:budgets::${at.account}:*` },
      };
    // CloudWatch alarms publishing to an encrypted topic: the documented key policy
    // has no condition (https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services).
    default:
      return undefined;
  }
}

/**
 * Auto Scaling launches instances with encrypted EBS volumes as its
 * service-linked role, which the key policy must admit ("Required KMS key
 * policy for use with encrypted volumes":
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/key-policy-requirements-EBS-encryption.html).
 * The role is named by `aws:PrincipalArn` rather than as the principal: KMS
 * rejects a policy naming a role that does not exist yet, and Auto Scaling
 * creates its role only with the account's first group.
 */
function autoScalingStatements(at: { account: string; partition: string }): object[] {
  const role = `arn:${at.partition}:iam::${at.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`;
  const only = { ArnEquals: { "aws:PrincipalArn": role } };
  return [
    {
      Sid: "AutoScalingServiceLinkedRoleUsesKey",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: [
        "kms:Encrypt",
        "kms:Decrypt",
        "kms:ReEncrypt*",
        "kms:GenerateDataKey*",
        "kms:DescribeKey",
      ],
      Resource: "*",
      Condition: only,
    },
    {
      Sid: "AutoScalingServiceLinkedRoleAttachesVolumes",
      Effect: "Allow",
      Principal: { AWS: "*" },
      Action: "kms:CreateGrant",
      Resource: "*",
      Condition: { ...only, Bool: { "kms:GrantIsForAWSResource": true } },
    },
  ];
}

/** `logs` → `logs.<region>.amazonaws.com` (CloudWatch Logs is regional); `sns` → `sns.amazonaws.com`. */
export function servicePrincipal(service: string, region: string): string {
  if (service.includes(".")) return service;
  if (service === "logs") return `logs.${region}.amazonaws.com`;
  return `${service}.amazonaws.com`;
}
