import { describe, expect, it } from "vitest";
import { keyPolicy } from "./key-policy.js";
import { trustPolicy } from "./trust-policy.js";

const AT = { account: "111122223333", partition: "aws", region: "eu-west-1" };

describe("keyPolicy", () => {
  it("scopes each service to this account where it sends a source, and admits Auto Scaling's service-linked role by ARN", () => {
    const policy = keyPolicy(["budgets", "cloudtrail", "cloudwatch", "logs"], AT, ["autoscaling"]);
    const actions = [
      "kms:Decrypt",
      "kms:DescribeKey",
      "kms:Encrypt",
      "kms:GenerateDataKey*",
      "kms:ReEncrypt*",
      "kms:CreateGrant",
    ];
    const slr =
      "arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";
    expect(policy).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AccountAdministersKeyThroughIam",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::111122223333:root" },
          Action: "kms:*",
          Resource: "*",
        },
        {
          Sid: "BudgetsUsesKeyForThisAccount",
          Effect: "Allow",
          Principal: { Service: "budgets.amazonaws.com" },
          Action: actions,
          Resource: "*",
          Condition: {
            StringEquals: { "aws:SourceAccount": "111122223333" },
            ArnLike: { "aws:SourceArn": "arn:aws:budgets::111122223333:*" },
          },
        },
        {
          Sid: "CloudtrailUsesKeyForThisAccount",
          Effect: "Allow",
          Principal: { Service: "cloudtrail.amazonaws.com" },
          Action: actions,
          Resource: "*",
          Condition: {
            ArnLike: { "aws:SourceArn": "arn:aws:cloudtrail:eu-west-1:111122223333:trail/*" },
          },
        },
        {
          Sid: "ServicesUseKey",
          Effect: "Allow",
          Principal: { Service: "cloudwatch.amazonaws.com" },
          Action: actions,
          Resource: "*",
        },
        {
          Sid: "LogsUsesKeyForThisAccount",
          Effect: "Allow",
          Principal: { Service: "logs.eu-west-1.amazonaws.com" },
          Action: actions,
          Resource: "*",
          Condition: {
            ArnLike: {
              "kms:EncryptionContext:aws:logs:arn": "arn:aws:logs:eu-west-1:111122223333:*",
            },
          },
        },
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
          Condition: { ArnEquals: { "aws:PrincipalArn": slr } },
        },
        {
          Sid: "AutoScalingServiceLinkedRoleAttachesVolumes",
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: "kms:CreateGrant",
          Resource: "*",
          Condition: {
            ArnEquals: { "aws:PrincipalArn": slr },
            Bool: { "kms:GrantIsForAWSResource": true },
          },
        },
      ],
    });
  });

  it("has no Auto Scaling statement without EC2 tiers", () => {
    const sids = (keyPolicy(["logs"], AT) as { Statement: { Sid: string }[] }).Statement.map(
      (s) => s.Sid,
    );
    expect(sids).toEqual(["AccountAdministersKeyThroughIam", "LogsUsesKeyForThisAccount"]);
  });
});

describe("trustPolicy", () => {
  it("adds aws:SourceAccount (and the flow-log ARN) where the service sends it, nothing where it does not", () => {
    expect(
      trustPolicy(
        ["ecs-tasks.amazonaws.com", "lambda.amazonaws.com", "vpc-flow-logs.amazonaws.com"],
        AT,
      ),
    ).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: ["lambda.amazonaws.com"] },
          Action: "sts:AssumeRole",
        },
        {
          Effect: "Allow",
          Principal: { Service: ["ecs-tasks.amazonaws.com"] },
          Action: "sts:AssumeRole",
          Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
        },
        {
          Effect: "Allow",
          Principal: { Service: ["vpc-flow-logs.amazonaws.com"] },
          Action: "sts:AssumeRole",
          Condition: {
            StringEquals: { "aws:SourceAccount": "111122223333" },
            ArnLike: { "aws:SourceArn": "arn:aws:ec2:eu-west-1:111122223333:vpc-flow-log/*" },
          },
        },
      ],
    });
  });
});
