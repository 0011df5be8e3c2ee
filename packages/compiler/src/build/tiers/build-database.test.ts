import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function node<K extends Kind>(graph: ResourceGraph, id: string, kind: K): GraphNode<K> {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  expect(found.kind).toBe(kind);
  return found as GraphNode<K>;
}

/** An RDS instance with a cross-region read replica, called by a Lambda function. */
const graph = compile(
  resolveIntent(
    baseDocument({
      name: "ledger",
      region: "eu-west-1",
      domain: undefined,
      tiers: [
        { name: "jobs", type: "function", runtime: "python3.13", connectsTo: ["db"] },
        { name: "db", type: "database", engine: "postgres", dataSizeGb: 20 },
      ],
      disasterRecovery: { rpoMinutes: 15, rtoMinutes: 240, crossRegionReplication: true },
    } as never),
  ),
).graph!;

describe("database credentials of an RDS instance with a cross-region replica", () => {
  it("generates the master password into a secret replicated to the DR region, not RDS-managed", () => {
    expect(node(graph, "db.master-secret", "aws.secretsmanager.secret").props).toEqual({
      name: "ledger-prod-db-master",
      description:
        "Master credentials of db (administrators only; applications use IAM database authentication)",
      kmsKeyId: { ref: "security.kms.key", attr: "arn" },
      generatedCredentials: { username: "app_admin" },
      replicas: [{ region: "eu-central-1", kmsKeyId: { ref: "dr.security.kms.key", attr: "arn" } }],
      recoveryWindowInDays: 30,
    });
    expect(node(graph, "db.instance", "aws.rds.instance").props).toMatchObject({
      manageMasterUserPassword: false,
      masterUsername: "app_admin",
      masterPasswordSecret: { ref: "db.master-secret", attr: "arn" },
      databaseName: "app",
      iamDatabaseAuthentication: true,
    });
    const replica = node(graph, "dr.db.replica", "aws.rds.instance").props;
    expect([replica.manageMasterUserPassword, replica.masterPasswordSecret]).toEqual([
      false,
      undefined,
    ]);
  });

  it("lets the function sign in as app_jobs with IAM, and tells it so", () => {
    const fn = node(graph, "jobs.function", "aws.lambda.function").props;
    expect(
      Object.fromEntries(Object.entries(fn.environment).filter(([k]) => k.startsWith("DB_"))),
    ).toEqual({
      DB_HOST: { ref: "db.instance", attr: "address" },
      DB_PORT: "5432",
      DB_NAME: "app",
      DB_USER: "app_jobs",
      DB_IAM_AUTH: "true",
    });
    const role = node(graph, "jobs.role", "aws.iam.role").props;
    expect(
      role.inlinePolicies.flatMap((p) => p.statements).find((s) => s.sid === "Connectdb"),
    ).toEqual({
      sid: "Connectdb",
      effect: "Allow",
      actions: ["rds-db:connect"],
      resources: [
        {
          join: [
            "arn:aws:rds-db:eu-west-1:*:dbuser:",
            { ref: "db.instance", attr: "resourceId" },
            "/app_jobs",
          ],
        },
      ],
    });
  });

  it("alarms in the DR region when the replica lags by half the RPO", () => {
    expect(
      node(graph, "dr.ops.alarm.db.dr-replication-lag", "aws.cloudwatch.metric_alarm"),
    ).toMatchObject({
      region: "dr",
      props: {
        namespace: "AWS/RDS",
        metricName: "ReplicaLag",
        dimensions: { DBInstanceIdentifier: { ref: "dr.db.replica", attr: "identifier" } },
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold: 450,
        comparisonOperator: "GreaterThanThreshold",
        alarmActions: [{ ref: "dr.ops.alarms.topic", attr: "arn" }],
      },
    });
  });
});
