import type { GraphNode } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

/** A web tier on a load balancer, an Aurora database with a global copy, a table, replicated. */
const graph = compile(
  resolveIntent(
    baseDocument({
      availability: "99.99",
      tiers: [
        { name: "web", type: "web", expectedRps: 100, connectsTo: ["db", "orders"] },
        { name: "db", type: "database", engine: "aurora-postgresql", dataSizeGb: 50 },
        { name: "orders", type: "nosql", dataSizeGb: 5 },
      ],
      disasterRecovery: { rpoMinutes: 1, rtoMinutes: 30, crossRegionReplication: true },
    } as never),
  ),
).graph!;

const alarm = (id: string) => {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found as GraphNode<"aws.cloudwatch.metric_alarm">;
};
const lb = { LoadBalancer: { ref: "web.alb", attr: "arnSuffix" } };
const both = { ...lb, TargetGroup: { ref: "web.target-group", attr: "arnSuffix" } };

describe("alarms that can fire", () => {
  it("alarm when no target of the load balancer is healthy", () => {
    expect(alarm("ops.alarm.web.no-healthy-hosts").props).toMatchObject({
      namespace: "AWS/ApplicationELB",
      metricName: "HealthyHostCount",
      dimensions: both,
      statistic: "Minimum",
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparisonOperator: "LessThanThreshold",
      treatMissingData: "breaching",
    });
  });

  it("alarm on 5xx as a percentage of requests, from the load balancer and from the targets", () => {
    for (const [id, metricName, dimensions] of [
      ["ops.alarm.web.elb-5xx-rate", "HTTPCode_ELB_5XX_Count", lb],
      ["ops.alarm.web.target-5xx-rate", "HTTPCode_Target_5XX_Count", both],
    ] as const) {
      const props = alarm(id).props;
      expect([props.threshold, props.comparisonOperator, props.evaluationPeriods]).toEqual([
        5,
        "GreaterThanThreshold",
        5,
      ]);
      expect(props.math).toEqual({
        expression: "100 * FILL(errors, 0) / requests",
        label: `${metricName} as % of RequestCount`,
        metrics: [
          {
            id: "errors",
            namespace: "AWS/ApplicationELB",
            metricName,
            dimensions,
            statistic: "Sum",
          },
          {
            id: "requests",
            namespace: "AWS/ApplicationELB",
            metricName: "RequestCount",
            dimensions,
            statistic: "Sum",
          },
        ],
      });
    }
  });

  it("alarm on the global database's lag in the DR region at half the RPO", () => {
    expect(alarm("dr.ops.alarm.db.dr-replication-lag")).toMatchObject({
      region: "dr",
      props: {
        namespace: "AWS/RDS",
        metricName: "AuroraGlobalDBReplicationLag",
        dimensions: { DBClusterIdentifier: { ref: "dr.db.cluster", attr: "identifier" } },
        threshold: 30000,
        alarmActions: [{ ref: "dr.ops.alarms.topic", attr: "arn" }],
      },
    });
  });

  it("put the table's replica on the DR key and alarm on its replication latency", () => {
    const table = graph.nodes.find(
      (n) => n.id === "orders.table",
    ) as GraphNode<"aws.dynamodb.table">;
    expect(table.props.replicaKmsKeyArns).toEqual({
      "us-west-2": { ref: "dr.security.kms.key", attr: "arn" },
    });
    expect(alarm("ops.alarm.orders.replication-latency").props).toMatchObject({
      namespace: "AWS/DynamoDB",
      metricName: "ReplicationLatency",
      dimensions: {
        TableName: { ref: "orders.table", attr: "name" },
        ReceivingRegion: "us-west-2",
      },
      statistic: "Average",
      threshold: 30000,
    });
  });

  it("alarm on the first failed backup and the first failed copy to the DR vault", () => {
    for (const [id, metricName] of [
      ["ops.alarm.recovery.backup-jobs-failed", "NumberOfBackupJobsFailed"],
      ["ops.alarm.recovery.copy-jobs-failed", "NumberOfCopyJobsFailed"],
    ] as const)
      expect(alarm(id).props).toMatchObject({
        namespace: "AWS/Backup",
        metricName,
        dimensions: { BackupVaultName: { ref: "recovery.backup.vault", attr: "name" } },
        statistic: "Sum",
        periodSeconds: 300,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
      });
  });
});
