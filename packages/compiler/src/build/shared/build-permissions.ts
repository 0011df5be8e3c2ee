import { join, ref, type Join, type PolicyStatement, type Ref } from "@idio-iac/graph";
import {
  type CompileContext,
  functionNameOf,
  kmsKeyRef,
  siteRegion,
} from "../../context/context.js";
import {
  databaseTargetIsCluster,
  edgesFrom,
  envPrefix,
  mainNodeId,
  siteTarget,
  type Edge,
  type EdgeRole,
} from "../../context/connections.js";
import { siteId, type Site } from "../../ids.js";
import { privateHostFor } from "./build-private-dns.js";
import { DATABASE_NAME, databaseUserOf } from "../tiers/database-credentials.js";
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
    const grant = grantOf(context, access, edge, runtime, site);
    const simple = SIMPLE_GRANTS[edge.role as keyof typeof SIMPLE_GRANTS];
    if (simple !== undefined) {
      grantSimple(grant, simple);
      usesKey = true;
    } else if (GRANTS[edge.role as keyof typeof GRANTS](grant)) usesKey = true;
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

/** One edge being granted: where to write, and the names and refs of its target. */
interface Grant {
  readonly context: CompileContext;
  readonly access: TierAccess;
  readonly edge: Edge;
  readonly runtime: Runtime;
  readonly site: Site;
  /** The node that stands for the target tier in the primary region. */
  readonly primaryTarget: string;
  /** The node a caller in `site` uses. */
  readonly target: string;
  /** Environment variable prefix of the target. */
  readonly env: string;
  /** Statement id suffix: the target's name without punctuation. */
  readonly sid: string;
}

function grantOf(
  context: CompileContext,
  access: TierAccess,
  edge: Edge,
  runtime: Runtime,
  site: Site,
): Grant {
  return {
    context,
    access,
    edge,
    runtime,
    site,
    primaryTarget: mainNodeId(context, edge.to),
    target: siteTarget(context, edge.to, site),
    env: envPrefix(edge.to),
    sid: edge.to.name.replace(/[^a-zA-Z0-9]/g, ""),
  };
}

/** An edge that grants one statement on the target's ARN and tells the code one attribute. */
interface SimpleGrant {
  readonly variable: string;
  readonly attr: string;
  readonly sidPrefix: string;
  readonly actions: readonly string[];
}

/** Queues and streams, as data: the variable, the attribute it carries, the actions. */
const SIMPLE_GRANTS = {
  "queue-producer": {
    variable: "QUEUE_URL",
    attr: "url",
    sidPrefix: "Send",
    actions: ["sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:SendMessage"],
  },
  "queue-consumer": {
    variable: "QUEUE_URL",
    attr: "url",
    sidPrefix: "Consume",
    actions: [
      "sqs:ChangeMessageVisibility",
      "sqs:DeleteMessage",
      "sqs:GetQueueAttributes",
      "sqs:GetQueueUrl",
      "sqs:ReceiveMessage",
    ],
  },
  "stream-producer": {
    variable: "STREAM",
    attr: "name",
    sidPrefix: "Put",
    actions: [
      "kinesis:DescribeStreamSummary",
      "kinesis:ListShards",
      "kinesis:PutRecord",
      "kinesis:PutRecords",
    ],
  },
  "stream-consumer": {
    variable: "STREAM",
    attr: "name",
    sidPrefix: "Read",
    actions: [
      "kinesis:DescribeStream",
      "kinesis:DescribeStreamSummary",
      "kinesis:GetRecords",
      "kinesis:GetShardIterator",
      "kinesis:ListShards",
      "kinesis:ListStreams",
      "kinesis:SubscribeToShard",
    ],
  },
} as const satisfies Partial<Record<EdgeRole, SimpleGrant>>;

function grantSimple({ access, target, env, sid }: Grant, simple: SimpleGrant): void {
  access.environment.push({ name: `${env}_${simple.variable}`, value: ref(target, simple.attr) });
  access.statements.push({
    sid: `${simple.sidPrefix}${sid}`,
    effect: "Allow",
    actions: [...simple.actions],
    resources: [ref(target, "arn")],
  });
}

/** The other edges; each returns whether the code needs the data key. */
const GRANTS: Record<
  Exclude<EdgeRole, "ignored" | keyof typeof SIMPLE_GRANTS>,
  (grant: Grant) => boolean
> = {
  database: grantDatabase,
  cache: ({ context, access, target, env, edge }) => {
    access.environment.push(
      { name: `${env}_HOST`, value: ref(target, "primaryEndpoint") },
      { name: `${env}_PORT`, value: String(edge.to.port) },
      { name: `${env}_TLS`, value: String(context.posture.tls) },
    );
    return false;
  },
  table: grantTable,
  bucket: ({ access, target, env, sid }) => {
    const arn = ref(target, "arn");
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
    return true;
  },
  invoke: ({ context, access, edge, site, env, sid }) => {
    // By name, not by reference: two functions may call each other, and
    // references would make a dependency cycle.
    const name = functionNameOf(context, edge.to.name, site);
    const region = siteRegion(context, site);
    access.environment.push({ name: `${env}_FUNCTION`, value: name });
    access.statements.push({
      sid: `Invoke${sid}`,
      effect: "Allow",
      actions: ["lambda:InvokeFunction"],
      resources: [`arn:aws:lambda:${region}:*:function:${name}`],
    });
    return false;
  },
  "http-alb": ({ context, access, edge, site, env }) => {
    const alb = siteId(site, `${edge.to.prefix}.alb`);
    const name = `${env}_URL`;
    access.environment.push({
      name,
      value:
        context.intent.domain !== undefined && context.posture.tls
          ? `https://${privateHostFor(context, edge, site, name)}`
          : join("http://", ref(alb, "dnsName")),
    });
    return false;
  },
  "http-api": ({ access, edge, site, env }) => {
    access.environment.push({
      name: `${env}_URL`,
      value: ref(siteId(site, `${edge.to.prefix}.http-api`), "apiEndpoint"),
    });
    return false;
  },
};

/**
 * Applications never see the master user: each calling tier connects as its
 * own database user with IAM database authentication — a 15-minute token
 * signed with the tier's role credentials (`rds-db:connect` on that user), so
 * there is no password to rotate, cache or replicate, and a DR copy needs
 * nothing from the primary region.
 * https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.IAMDBAuth.html
 * https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.IAMPolicy.html
 * The user is created once by an administrator (docs/compiler.md, "Database credentials").
 */
function grantDatabase({ context, access, edge, site, target, env, sid }: Grant): boolean {
  const clustered = databaseTargetIsCluster(context, edge.to, site);
  const user = databaseUserOf(edge.from.name);
  const region = siteRegion(context, site);
  access.environment.push(
    { name: `${env}_HOST`, value: ref(target, clustered ? "endpoint" : "address") },
    { name: `${env}_PORT`, value: String(edge.to.port) },
    { name: `${env}_NAME`, value: DATABASE_NAME },
    { name: `${env}_USER`, value: user },
    { name: `${env}_IAM_AUTH`, value: "true" },
  );
  access.statements.push({
    sid: `Connect${sid}`,
    effect: "Allow",
    actions: ["rds-db:connect"],
    // arn:aws:rds-db:<region>:<account>:dbuser:<DbiResourceId | cluster resource id>/<user>;
    // the resource id is unique, so the account part adds nothing.
    resources: [join(`arn:aws:rds-db:${region}:*:dbuser:`, ref(target, "resourceId"), `/${user}`)],
  });
  if (clustered) {
    access.environment.push({ name: `${env}_READER_HOST`, value: ref(target, "readerEndpoint") });
  }
  return false;
}

/** A global table keeps its name in every region; its ARN is per region. */
function grantTable({ context, access, site, primaryTarget, target, env, sid }: Grant): boolean {
  const arn = ref(target, "arn");
  const tableArn = (suffix: string) =>
    site !== "primary"
      ? join(
          `arn:aws:dynamodb:${siteRegion(context, site)}:*:table/`,
          ref(primaryTarget, "name"),
          suffix,
        )
      : suffix === ""
        ? arn
        : join(arn, suffix);
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
  return true;
}
