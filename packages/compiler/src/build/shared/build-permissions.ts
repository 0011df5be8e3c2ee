import { join, ref, type Join, type PolicyStatement, type Ref } from "@idio-iac/graph";
import {
  type CompileContext,
  functionNameOf,
  hostnameOf,
  kmsKeyRef,
} from "../../context/context.js";
import {
  databaseTargetIsCluster,
  edgesFrom,
  envPrefix,
  mainNodeId,
  siteTarget,
  type Edge,
} from "../../context/connections.js";
import { siteId, type Site } from "../../ids.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

export type Runtime = "ecs" | "lambda" | "ec2";

/** What a tier's code is allowed to do and told about, derived from its edges and nothing else. */
export interface TierAccess {
  /** Statements for the role the code runs as (task role, function role, instance role). */
  readonly statements: PolicyStatement[];
  /** Statements for the ECS execution role (secrets injected at start). */
  readonly executionStatements: PolicyStatement[];
  readonly environment: { name: string; value: string | Ref | Join }[];
  readonly secrets: { name: string; valueFrom: Ref | Join }[];
  readonly pointers: string[];
  readonly edges: Edge[];
}

export function accessFor(
  context: CompileContext,
  t: ResolvedTier,
  runtime: Runtime,
  site: Site = "primary",
): TierAccess {
  const access: TierAccess = {
    statements: [],
    executionStatements: [],
    environment: [],
    secrets: [],
    pointers: [],
    edges: [],
  };
  let usesKey = false;
  for (const edge of edgesFrom(context, t)) {
    if (edge.role === "ignored") continue;
    access.edges.push(edge);
    access.pointers.push(edge.pointer);
    const primaryTarget = mainNodeId(context, edge.to);
    const target = siteTarget(context, edge.to, site);
    const env = envPrefix(edge.to);
    const sid = edge.to.name.replace(/[^a-zA-Z0-9]/g, "");
    const arn = ref(target, "arn");
    // A global table keeps its name in every region; its ARN is per region.
    const tableArn = (suffix: string) =>
      site === "dr" && edge.role === "table"
        ? join(`arn:aws:dynamodb:${context.drRegion}:*:table/`, ref(primaryTarget, "name"), suffix)
        : suffix === ""
          ? arn
          : join(arn, suffix);
    switch (edge.role) {
      case "database": {
        // The credentials secret lives with the primary (RDS manages it there); a DR
        // copy reads it by ARN, and IAM database authentication is on for a full outage.
        const secretArn = ref(primaryTarget, "masterUserSecretArn");
        const clustered = databaseTargetIsCluster(context, edge.to, site);
        access.environment.push(
          {
            name: `${env}_HOST`,
            value: ref(target, clustered ? "endpoint" : "address"),
          },
          { name: `${env}_PORT`, value: String(edge.to.port) },
        );
        const read: PolicyStatement = {
          sid: `ReadCredentials${sid}`,
          effect: "Allow",
          actions: ["secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"],
          resources: [secretArn],
        };
        if (runtime === "ecs") {
          access.secrets.push(
            { name: `${env}_USERNAME`, valueFrom: join(secretArn, ":username::") },
            { name: `${env}_PASSWORD`, valueFrom: join(secretArn, ":password::") },
          );
          access.executionStatements.push(read);
        } else {
          access.environment.push({ name: `${env}_SECRET_ARN`, value: secretArn });
          access.statements.push(read);
        }
        if (clustered) {
          access.environment.push({
            name: `${env}_READER_HOST`,
            value: ref(target, "readerEndpoint"),
          });
        }
        break;
      }
      case "cache":
        access.environment.push(
          { name: `${env}_HOST`, value: ref(target, "primaryEndpoint") },
          { name: `${env}_PORT`, value: String(edge.to.port) },
          { name: `${env}_TLS`, value: String(context.posture.tls) },
        );
        break;
      case "table":
        access.environment.push({ name: `${env}_TABLE`, value: ref(primaryTarget, "name") });
        access.statements.push({
          sid: `ReadWrite${sid}`,
          effect: "Allow",
          actions: [
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:UpdateItem",
          ],
          resources: [tableArn(""), tableArn("/index/*")],
        });
        usesKey = true;
        break;
      case "bucket":
        access.environment.push({ name: `${env}_BUCKET`, value: ref(target, "name") });
        access.statements.push(
          { sid: `List${sid}`, effect: "Allow", actions: ["s3:ListBucket"], resources: [arn] },
          {
            sid: `ReadWrite${sid}`,
            effect: "Allow",
            actions: ["s3:DeleteObject", "s3:GetObject", "s3:PutObject"],
            resources: [join(arn, "/*")],
          },
        );
        usesKey = true;
        break;
      case "queue-producer":
        access.environment.push({ name: `${env}_QUEUE_URL`, value: ref(target, "url") });
        access.statements.push({
          sid: `Send${sid}`,
          effect: "Allow",
          actions: ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"],
          resources: [arn],
        });
        usesKey = true;
        break;
      case "queue-consumer":
        access.environment.push({ name: `${env}_QUEUE_URL`, value: ref(target, "url") });
        access.statements.push({
          sid: `Consume${sid}`,
          effect: "Allow",
          actions: [
            "sqs:ChangeMessageVisibility",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
            "sqs:GetQueueUrl",
            "sqs:ReceiveMessage",
          ],
          resources: [arn],
        });
        usesKey = true;
        break;
      case "stream-producer":
        access.environment.push({ name: `${env}_STREAM`, value: ref(target, "name") });
        access.statements.push({
          sid: `Put${sid}`,
          effect: "Allow",
          actions: [
            "kinesis:DescribeStreamSummary",
            "kinesis:ListShards",
            "kinesis:PutRecord",
            "kinesis:PutRecords",
          ],
          resources: [arn],
        });
        usesKey = true;
        break;
      case "stream-consumer":
        access.environment.push({ name: `${env}_STREAM`, value: ref(target, "name") });
        access.statements.push({
          sid: `Read${sid}`,
          effect: "Allow",
          actions: [
            "kinesis:DescribeStream",
            "kinesis:DescribeStreamSummary",
            "kinesis:GetRecords",
            "kinesis:GetShardIterator",
            "kinesis:ListShards",
            "kinesis:ListStreams",
            "kinesis:SubscribeToShard",
          ],
          resources: [arn],
        });
        usesKey = true;
        break;
      case "invoke": {
        // By name, not by reference: two functions may call each other, and
        // references would make a dependency cycle.
        const name = functionNameOf(context, edge.to.name, site);
        const region = site === "dr" ? context.drRegion! : context.intent.region;
        access.environment.push({ name: `${env}_FUNCTION`, value: name });
        access.statements.push({
          sid: `Invoke${sid}`,
          effect: "Allow",
          actions: ["lambda:InvokeFunction"],
          resources: [`arn:aws:lambda:${region}:*:function:${name}`],
        });
        break;
      }
      case "http-alb": {
        const alb = siteId(site, `${edge.to.prefix}.alb`);
        access.environment.push({
          name: `${env}_URL`,
          value:
            context.intent.domain !== undefined && context.posture.tls
              ? `https://${hostnameOf(context, edge.to.name)}`
              : join("http://", ref(alb, "dnsName")),
        });
        break;
      }
      case "http-api":
        access.environment.push({
          name: `${env}_URL`,
          value: ref(siteId(site, `${edge.to.prefix}.http-api`), "apiEndpoint"),
        });
        break;
    }
  }
  const key = kmsKeyRef(context, "arn", site);
  if (usesKey && key !== undefined) {
    access.statements.push({
      sid: "UseDataKey",
      effect: "Allow",
      actions: ["kms:Decrypt", "kms:GenerateDataKey"],
      resources: [key],
    });
  }
  return access;
}
