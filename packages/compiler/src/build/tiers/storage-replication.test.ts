import { collectRefs, type BucketProps, nodeById, type MetricAlarmProps } from "@idio-iac/graph";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

function replicated(rpoMinutes: number) {
  return resolveIntent(
    baseDocument({
      region: "eu-west-1",
      tiers: [
        { name: "api", type: "api", expectedRps: 50, connectsTo: ["uploads"] },
        { name: "uploads", type: "storage", dataSizeGb: 100 },
      ],
      disasterRecovery: {
        crossRegionReplication: true,
        drRegion: "eu-central-1",
        rtoMinutes: 30,
        rpoMinutes,
      },
    } as Partial<IntentInput>),
  );
}

describe("S3 replication of a storage tier", () => {
  it("replicates to a bucket in the DR region with RTC, re-encrypting with the DR key", () => {
    const nodes = nodeById(compile(replicated(5)).graph!);
    const source = nodes.get("uploads.bucket")!.props as BucketProps;
    expect(source.replication).toEqual({
      roleArn: { ref: "uploads.replication.role", attr: "arn" },
      destinations: [
        {
          ruleId: "replicate-to-eu-central-1",
          bucketArn: { ref: "dr.uploads.bucket", attr: "arn" },
          kmsKeyArn: { ref: "dr.security.kms.key", attr: "arn" },
          storageClass: "STANDARD_IA",
        },
      ],
      replicationTimeControl: true,
    });
    const replica = nodes.get("dr.uploads.bucket")!;
    expect(replica.region).toBe("dr");
    const props = replica.props as BucketProps;
    expect(props).toMatchObject({
      purpose: "replica",
      versioning: true,
      encryption: {
        algorithm: "aws:kms",
        kmsKeyId: { ref: "dr.security.kms.key", attr: "arn" },
        bucketKeyEnabled: true,
      },
      publicAccessBlock: {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      objectOwnership: "BucketOwnerEnforced",
    });
    expect(nodes.get("dr.uploads.bucket.policy")?.region).toBe("dr");
  });

  it("alarms on ReplicationLatency at half the RPO (at most RTC's 15 minutes) and on the first failed object", () => {
    for (const [rpo, threshold] of [
      [4, 120],
      [60, 900],
    ] as const) {
      const nodes = nodeById(compile(replicated(rpo)).graph!);
      const dimensions = {
        SourceBucket: { ref: "uploads.bucket", attr: "name" },
        DestinationBucket: { ref: "dr.uploads.bucket", attr: "name" },
        RuleId: "replicate-to-eu-central-1",
      };
      const latency = nodes.get("ops.alarm.uploads.dr-replication-latency")!;
      expect(latency.region).toBe("primary");
      expect(latency.props as MetricAlarmProps).toMatchObject({
        namespace: "AWS/S3",
        metricName: "ReplicationLatency",
        dimensions,
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold,
        comparisonOperator: "GreaterThanThreshold",
      });
      expect(nodes.get("ops.alarm.uploads.dr-replication-failed")!.props).toMatchObject({
        namespace: "AWS/S3",
        metricName: "OperationsFailedReplication",
        dimensions,
        statistic: "Sum",
        periodSeconds: 300,
        evaluationPeriods: 1,
        threshold: 0,
      });
    }
  });

  it("the role reads the source, writes the replica and uses both keys; the replica references nothing in the primary", () => {
    const graph = compile(replicated(5)).graph!;
    const nodes = nodeById(graph);
    const role = nodes.get("uploads.replication.role")!.props as unknown as {
      assumedBy: string[];
      inlinePolicies: { statements: { sid: string; resources: unknown[] }[] }[];
    };
    expect(role.assumedBy).toEqual(["s3.amazonaws.com"]);
    expect(
      Object.fromEntries(role.inlinePolicies[0]!.statements.map((s) => [s.sid, s.resources])),
    ).toEqual({
      ReadSourceConfig: ["arn:aws:s3:::demo-prod-uploads-*"],
      ReadSourceObjects: ["arn:aws:s3:::demo-prod-uploads-*/*"],
      WriteReplica: [{ join: [{ ref: "dr.uploads.bucket", attr: "arn" }, "/*"] }],
      DecryptSource: [{ ref: "security.kms.key", attr: "arn" }],
      EncryptReplica: [{ ref: "dr.security.kms.key", attr: "arn" }],
    });
    const region = new Map(graph.nodes.map((n) => [n.id, n.region]));
    const outside = graph.nodes
      .filter((n) => n.region === "dr" && n.tier === "uploads")
      .flatMap((n) => collectRefs(n.props).map((r) => `${n.id} -> ${r.ref}`))
      .filter((text) => region.get(text.split(" -> ")[1]!) !== "dr");
    expect(outside).toEqual([]);
  });
});

describe("S3 replication to serving regions", () => {
  it("has one rule, replica bucket and pair of alarms per region, in region order", () => {
    const graph = compile(
      resolveIntent(
        baseDocument({
          region: "us-east-1",
          regions: ["us-west-2", "eu-west-1"],
          tiers: [
            { name: "api", type: "api", expectedRps: 50, connectsTo: ["uploads"] },
            { name: "uploads", type: "storage", dataSizeGb: 100 },
          ],
          disasterRecovery: { crossRegionReplication: true, rtoMinutes: 2, rpoMinutes: 1 },
        } as Partial<IntentInput>),
      ),
    ).graph!;
    const nodes = nodeById(graph);
    const replication = (nodes.get("uploads.bucket")!.props as BucketProps).replication!;
    expect(
      replication.destinations.map((d) => [d.ruleId, d.bucketArn.ref, d.kmsKeyArn?.ref]),
    ).toEqual([
      ["replicate-to-us-west-2", "us-west-2.uploads.bucket", "us-west-2.security.kms.key"],
      ["replicate-to-eu-west-1", "eu-west-1.uploads.bucket", "eu-west-1.security.kms.key"],
    ]);
    expect(nodes.get("eu-west-1.uploads.bucket")?.region).toBe("eu-west-1");
    expect(
      graph.nodes
        .filter((n) => /replication-(latency|failed)$/.test(n.id) && n.tier === "uploads")
        .map((n) => n.id),
    ).toEqual([
      "ops.alarm.uploads.eu-west-1-replication-failed",
      "ops.alarm.uploads.eu-west-1-replication-latency",
      "ops.alarm.uploads.us-west-2-replication-failed",
      "ops.alarm.uploads.us-west-2-replication-latency",
    ]);
  });
});
