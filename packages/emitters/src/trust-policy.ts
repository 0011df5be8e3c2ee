/**
 * A role's trust policy: the listed services may assume it — only on behalf
 * of this account where the service sends `aws:SourceAccount` /
 * `aws:SourceArn` when it assumes a role (confused-deputy prevention:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
 * Services that send neither (Lambda, EC2, AWS Backup, CloudTrail's log
 * delivery) are trusted without a condition: one they cannot meet would stop
 * them from assuming the role. Emitters render `account`, `partition` and
 * `region` in their own syntax.
 */
export function trustPolicy(
  services: readonly string[],
  at: { account: string; partition: string; region: string },
): object {
  const plain = services.filter((service) => trustCondition(service, at) === undefined);
  const statements: object[] = [];
  if (plain.length > 0)
    statements.push({ Effect: "Allow", Principal: { Service: plain }, Action: "sts:AssumeRole" });
  for (const service of services) {
    const condition = trustCondition(service, at);
    if (condition === undefined) continue;
    statements.push({
      Effect: "Allow",
      Principal: { Service: [service] },
      Action: "sts:AssumeRole",
      Condition: condition,
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

function trustCondition(
  service: string,
  at: { account: string; partition: string; region: string },
): object | undefined {
  const account = { StringEquals: { "aws:SourceAccount": at.account } };
  switch (service) {
    // https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html
    // (the account only: the same principal assumes the execution role, for which
    // ECS documents no source ARN).
    case "ecs-tasks.amazonaws.com":
      return account;
    // https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.Enabling.html
    case "monitoring.rds.amazonaws.com":
      return account;
    // https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-iam-role.html
    case "vpc-flow-logs.amazonaws.com":
      return {
        ...account,
        ArnLike: {
          "aws:SourceArn": `arn:${at.partition}:ec2:${at.region}:${at.account}:vpc-flow-log/*`,
        },
      };
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/setting-repl-config-perm-overview.html
    case "s3.amazonaws.com":
      return account;
    default:
      return undefined;
  }
}
