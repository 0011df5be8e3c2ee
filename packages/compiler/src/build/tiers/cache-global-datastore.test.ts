import {
  collectRefs,
  type CacheReplicationGroupProps,
  nodeById,
  type MetricAlarmProps,
} from "@idio-iac/graph";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import {
  baseDocument,
  cacheWithRecoveryIntent,
  resolveIntent,
} from "../../test-support/intents.js";
import { supportsGlobalDatastore } from "./cache-global-datastore.js";

/** A warm standby (RTO 8) unless the overrides say otherwise, a cache of `cache`. */
function replicated(cache: Record<string, unknown>, overrides: Partial<IntentInput> = {}) {
  return cacheWithRecoveryIntent(8, cache, overrides);
}

describe("ElastiCache Global Datastore", () => {
  it("joins a secondary in the DR region to the primary's group when the recovery keeps a warm standby", () => {
    const result = compile(replicated({}));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const nodes = nodeById(result.graph!);
    expect(nodes.get("cache.global-datastore")).toMatchObject({
      kind: "aws.elasticache.global_replication_group",
      region: "primary",
      props: {
        idSuffix: "demo-prod-cache",
        description: "Global Datastore of cache: eu-west-1 writes, eu-central-1 read",
        primaryReplicationGroupId: { ref: "cache.replication-group", attr: "id" },
      },
    });
    const primary = nodes.get("cache.replication-group")!.props as CacheReplicationGroupProps;
    expect(primary.globalReplicationGroupId).toBeUndefined();
    expect(nodes.get("dr.cache.replication-group")).toMatchObject({
      region: "dr",
      props: {
        replicationGroupId: "demo-prod-cache-dr",
        nodeType: primary.nodeType,
        numCacheClusters: 2,
        atRestEncryption: true,
        transitEncryption: true,
        kmsKeyId: { ref: "dr.security.kms.key", attr: "arn" },
        subnetGroupName: { ref: "dr.cache.subnet-group", attr: "name" },
        globalReplicationGroupId: { ref: "cache.global-datastore", attr: "id" },
      },
    });
  });

  it("alarms on GlobalDatastoreReplicationLag in the secondary region at half the RPO, on every node", () => {
    const nodes = nodeById(compile(replicated({})).graph!);
    const lag = nodes.get("dr.ops.alarm.cache.global-replication-lag-001")!;
    expect(lag.region).toBe("dr");
    expect(lag.props as MetricAlarmProps).toMatchObject({
      namespace: "AWS/ElastiCache",
      metricName: "GlobalDatastoreReplicationLag",
      dimensions: {
        CacheClusterId: { join: [{ ref: "dr.cache.replication-group", attr: "id" }, "-001"] },
      },
      statistic: "Maximum",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: 120,
      comparisonOperator: "GreaterThanThreshold",
      alarmActions: [{ ref: "dr.ops.alarms.topic", attr: "arn" }],
    });
    expect(lag.reason.calculation).toEqual(["threshold = rpoMinutes 4 x 60 s / 2 = 120 s"]);
    expect([...nodes.keys()].filter((id) => id.includes("global-replication-lag"))).toEqual([
      "dr.ops.alarm.cache.global-replication-lag-001",
      "dr.ops.alarm.cache.global-replication-lag-002",
    ]);
    expect(
      (nodes.get("cache.replication-group")!.props as CacheReplicationGroupProps).numCacheClusters,
    ).toBe(3);
    expect(nodes.get("dr.cache.replication-group")!.reason.calculation[1]).toBe(
      "nodes: DR secondary -> 2 (a primary and a replica in another AZ, the least the automatic failover it inherits works with) instead of 3; add replicas after a failover",
    );
  });

  it("the DR cache's nodes reference nothing in the primary region but the Global Datastore", () => {
    for (const rto of [30, 8]) {
      const graph = compile(
        replicated({}, {
          disasterRecovery: {
            crossRegionReplication: true,
            drRegion: "eu-central-1",
            rtoMinutes: rto,
            rpoMinutes: 4,
          },
        } as Partial<IntentInput>),
      ).graph!;
      const region = new Map(graph.nodes.map((n) => [n.id, n.region]));
      const outside = graph.nodes
        .filter((n) => n.region === "dr" && n.tier === "cache")
        .flatMap((n) => collectRefs(n.props).map((r) => `${n.id} -> ${r.ref}`))
        .filter((text) => region.get(text.split(" -> ")[1]!) !== "dr");
      // The pilot light's (RTO 30) cache stands alone; the warm standby's joins the datastore.
      expect(outside, `rtoMinutes ${rto}`).toEqual(
        rto === 8 ? ["dr.cache.replication-group -> cache.global-datastore"] : [],
      );
    }
  });

  it("moves a node type Global Datastore does not support to the smallest one it does, with IDIO440 at the tier", () => {
    const result = compile(
      replicated({ dataSizeGb: 1 }, { environment: "staging", availability: "99.9" }),
    );
    const nodes = nodeById(result.graph!);
    expect((nodes.get("cache.replication-group")!.props as { nodeType: string }).nodeType).toBe(
      "cache.m7g.large",
    );
    const warning = result.diagnostics.find((d) => d.code === "IDIO440");
    expect(warning).toMatchObject({
      severity: "warning",
      path: "/tiers/1",
      message:
        "Cache cache would run on cache.t4g.small, which ElastiCache Global Datastore does not support (it needs M5, M6g, M7g, R5, R6g, R6gd, R7g or C7gn nodes of size large or above); it runs on cache.m7g.large in every region instead, so its copy in the recovery region stays current",
    });
    expect(nodes.get("cache.replication-group")!.reason.calculation[0]).toMatch(
      /; Global Datastore needs M5, M6g, M7g, R5, R6g, R6gd, R7g or C7gn nodes of size large or above -> cache.m7g.large \(6.38 GiB\)$/,
    );
  });

  it("refuses Redis OSS before 5.0.6 at the tier's engineVersion (IDIO442)", () => {
    const result = compile(replicated({ engine: "redis", engineVersion: "5.0.5" }));
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics.find((d) => d.code === "IDIO442")).toMatchObject({
      severity: "error",
      path: "/tiers/1/engineVersion",
    });
    expect(
      compile(replicated({ engine: "redis", engineVersion: "5.0.6" })).diagnostics.some(
        (d) => d.code === "IDIO442",
      ),
    ).toBe(false);
  });

  it("is not built when nothing is replicated live", () => {
    const graph = compile(
      replicated({}, {
        disasterRecovery: { crossRegionReplication: false, rtoMinutes: 240, rpoMinutes: 1440 },
      } as Partial<IntentInput>),
    ).graph!;
    expect(graph.nodes.filter((n) => n.id.includes("global-datastore"))).toEqual([]);
    expect(graph.nodes.some((n) => n.region === "dr")).toBe(false);
  });

  it("knows the node families and sizes AWS supports", () => {
    expect(
      [
        "cache.t4g.medium",
        "cache.m7g.large",
        "cache.r7g.xlarge",
        "cache.r6gd.xlarge",
        "cache.m4.large",
        "cache.c7gn.large",
        "cache.m6g.medium",
      ].map(supportsGlobalDatastore),
    ).toEqual([false, true, true, true, false, true, false]);
  });
});

describe("caches across serving regions", () => {
  const intent = (regions: string[], routing?: IntentInput["routing"]) =>
    resolveIntent(
      baseDocument({
        region: "us-east-1",
        regions,
        ...(routing !== undefined ? { routing } : {}),
        availability: "99.99",
        tiers: [
          { name: "web", type: "web", expectedRps: 50, connectsTo: ["cache"] },
          { name: "cache", type: "cache", dataSizeGb: 4 },
        ],
        disasterRecovery: { crossRegionReplication: true, rtoMinutes: 2, rpoMinutes: 1 },
      } as Partial<IntentInput>),
    );

  it("gives every active-active region its own writable group at the primary's size, no Global Datastore", () => {
    const result = compile(intent(["us-west-2", "eu-west-1"]));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "IDIO440")).toBe(false);
    const nodes = nodeById(result.graph!);
    expect(
      result.graph!.nodes.filter(
        (n) =>
          n.kind === "aws.elasticache.global_replication_group" ||
          n.id.includes("global-replication-lag"),
      ),
    ).toEqual([]);
    const primary = nodes.get("cache.replication-group")!.props as CacheReplicationGroupProps;
    for (const site of ["us-west-2", "eu-west-1"]) {
      const group = nodes.get(`${site}.cache.replication-group`)!;
      const props = group.props as CacheReplicationGroupProps;
      expect(props).toMatchObject({
        replicationGroupId: `demo-prod-cache-${site}`,
        description: "redis cache of cache",
        engine: primary.engine,
        engineVersion: primary.engineVersion,
        nodeType: primary.nodeType,
        numCacheClusters: 3,
        automaticFailover: true,
        atRestEncryption: true,
        transitEncryption: true,
        kmsKeyId: { ref: `${site}.security.kms.key`, attr: "arn" },
      });
      expect(props.globalReplicationGroupId).toBeUndefined();
      expect(group.region).toBe(site);
      expect(group.reason.pointers).toContain("/regions");
      expect(group.reason.summary).toBe(
        `redis cache.m7g.large, 3 nodes (one per AZ) with automatic failover; encrypted at rest and in transit; ${site}'s own writable cache at the primary's size, no Global Datastore: every region serves (latency routing) and its tiers write to their region's cache, while a Global Datastore secondary only accepts reads (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html) and the primary's endpoint would need inter-region networking IDIO does not build; a cache holds no data of record (the database replicates), and latency routing keeps a user's requests in one region while it is healthy, and users a failover moves here miss their cached entries (sessions sign in again)`,
      );
      expect(group.reason.calculation[1]).toBe(
        `nodes: Multi-AZ data -> one per AZ = 3 (serving region ${site}: its own group, as the primary's)`,
      );
      // The region's web tier writes to its own region's group.
      const task = result.graph!.nodes.find(
        (n) => n.kind === "aws.ecs.task_definition" && n.region === site,
      )!;
      expect(JSON.stringify(task.props)).toContain(
        `{"name":"CACHE_HOST","value":{"ref":"${site}.cache.replication-group","attr":"primaryEndpoint"}}`,
      );
    }
    expect(primary.nodeType).toBe("cache.m7g.large");
    expect(nodes.get("cache.replication-group")!.reason.summary).toMatch(
      /; us-west-2 and eu-west-1 run their own writable groups of this size, not Global Datastore secondaries \(each region's tiers write to their region's cache\)$/,
    );
    expect(nodes.get("cache.replication-group")!.reason.pointers).toContain("/regions");
  });

  it("keeps a burstable node outside production in every region: no Global Datastore needs M or R nodes", () => {
    const result = compile(
      resolveIntent(
        baseDocument({
          region: "us-east-1",
          regions: ["us-west-2"],
          environment: "staging",
          availability: "99.9",
          tiers: [
            { name: "web", type: "web", expectedRps: 50, connectsTo: ["cache"] },
            { name: "cache", type: "cache", dataSizeGb: 1 },
          ],
        } as Partial<IntentInput>),
      ),
    );
    expect(result.diagnostics.some((d) => d.code === "IDIO440")).toBe(false);
    const nodes = nodeById(result.graph!);
    expect(
      ["cache.replication-group", "us-west-2.cache.replication-group"].map(
        (id) => (nodes.get(id)!.props as CacheReplicationGroupProps).nodeType,
      ),
    ).toEqual(["cache.t4g.small", "cache.t4g.small"]);
  });

  it("tells weighted routing's users that a session kept only in the cache may be missed", () => {
    const nodes = nodeById(compile(intent(["us-west-2"], { policy: "weighted" })).graph!);
    expect(nodes.get("us-west-2.cache.replication-group")!.reason.summary).toMatch(
      /and weighted routing may answer a user's next lookup \(after the 60-second TTL\) with another region, whose cache misses: sessions kept only in the cache then sign in again, so keep them in the database or a table$/,
    );
  });

  it("joins failover routing's standby region to a Global Datastore, with its lag alarms", () => {
    const result = compile(intent(["us-west-2"], { policy: "failover" }));
    const nodes = nodeById(result.graph!);
    expect(nodes.get("cache.global-datastore")!.props).toMatchObject({
      description: "Global Datastore of cache: us-east-1 writes, us-west-2 read",
    });
    expect(nodes.get("us-west-2.cache.replication-group")).toMatchObject({
      region: "us-west-2",
      props: {
        replicationGroupId: "demo-prod-cache-us-west-2",
        description: "redis cache of cache (Global Datastore secondary in us-west-2)",
        numCacheClusters: 3,
        kmsKeyId: { ref: "us-west-2.security.kms.key", attr: "arn" },
        globalReplicationGroupId: { ref: "cache.global-datastore", attr: "id" },
      },
    });
    expect([...nodes.keys()].filter((id) => id.includes("global-replication-lag"))).toEqual([
      "us-west-2.ops.alarm.cache.global-replication-lag-001",
      "us-west-2.ops.alarm.cache.global-replication-lag-002",
      "us-west-2.ops.alarm.cache.global-replication-lag-003",
    ]);
  });
});
