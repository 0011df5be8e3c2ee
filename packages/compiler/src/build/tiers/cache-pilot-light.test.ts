import { nodeById } from "@idio-iac/graph";
import type { IntentInput } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { pilotLightFailover } from "../../decide/recovery-reach.js";
import { cacheWithRecoveryIntent } from "../../test-support/intents.js";

/** A pilot light (RTO 30) to eu-central-1, a 4 GB cache of `cache`. */
function pilotLight(cache: Record<string, unknown> = {}, overrides: Partial<IntentInput> = {}) {
  return cacheWithRecoveryIntent(30, cache, overrides);
}

describe("a pilot light's DR cache", () => {
  it("is a standalone group of two cache.t4g.small nodes, no Global Datastore, no IDIO440", () => {
    const result = compile(pilotLight());
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.diagnostics.some((d) => d.code === "IDIO440")).toBe(false);
    const nodes = nodeById(result.graph!);
    expect([...nodes.keys()].filter((id) => id.includes("global"))).toEqual([]);
    expect(nodes.get("cache.replication-group")!.props).toMatchObject({
      nodeType: "cache.m7g.large",
      numCacheClusters: 3,
    });
    const dr = nodes.get("dr.cache.replication-group")!;
    expect(dr.props).toMatchObject({
      replicationGroupId: "demo-prod-cache-dr",
      description:
        "redis cache of cache (pilot light in eu-central-1: empty, scaled up on failover)",
      engine: "redis",
      engineVersion: "7.1",
      nodeType: "cache.t4g.small",
      numCacheClusters: 2,
      automaticFailover: true,
      multiAz: true,
      atRestEncryption: true,
      transitEncryption: true,
      kmsKeyId: { ref: "dr.security.kms.key", attr: "arn" },
    });
    expect(dr.props).not.toHaveProperty("globalReplicationGroupId");
    expect(dr.reason.calculation).toEqual([
      "memory: 4 GB / (1 - 25% reserved) = 5.33 GiB -> cache.m7g.large (6.38 GiB); burstable t4g excluded in production; pilot light: the DR cache holds no data of record (the database replicates) and stays empty until a failover -> cache.t4g.small (1.37 GiB) instead of the primary's cache.m7g.large: a burstable node earns CPU credits while idle and spends them carrying the failed-over traffic while ElastiCache scales it online to cache.m7g.large (the runbook's failover step; https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/redis-cluster-vertical-scaling.html); cache.t4g.micro's 0.5 GiB stays out of production, cache.t4g.medium doubles the price for memory an empty cache does not use",
      "nodes: pilot light -> 2 (a primary and a replica in another AZ, the least automatic failover works with) instead of 3; add replicas after a failover",
      "snapshots kept 7 days (ElastiCache maximum 35)",
    ]);
    expect(dr.reason.summary).toBe(
      "redis cache.t4g.small, 2 nodes (in separate AZs) with automatic failover; encrypted at rest and in transit; the pilot light's cache in eu-central-1: no Global Datastore (a cache holds no data of record; the database replicates), so it starts empty at failover (sessions kept in it are lost: users sign in again) and is scaled up online to the primary's node type while the database is promoted",
    );
  });

  it("has its own CPU, memory and in-group lag alarms but no Global Datastore lag alarm", () => {
    const ids = [...nodeById(compile(pilotLight()).graph!).keys()].filter((id) =>
      id.startsWith("dr.ops.alarm.cache."),
    );
    expect(ids.sort()).toEqual([
      "dr.ops.alarm.cache.cpu-001",
      "dr.ops.alarm.cache.cpu-002",
      "dr.ops.alarm.cache.memory-001",
      "dr.ops.alarm.cache.memory-002",
      "dr.ops.alarm.cache.replication-lag-001",
      "dr.ops.alarm.cache.replication-lag-002",
    ]);
  });

  it("leaves the fastest failover (IDIO428's reach) as it was: the online scale-up holds nothing up", () => {
    const result = compile(
      pilotLight({}, {
        tiers: [
          { name: "web", type: "web", expectedRps: 50, connectsTo: ["db", "cache"] },
          { name: "db", type: "database", engine: "aurora-postgresql", dataSizeGb: 20 },
          { name: "cache", type: "cache", dataSizeGb: 4 },
        ],
        disasterRecovery: {
          crossRegionReplication: true,
          drRegion: "eu-central-1",
          rtoMinutes: 10,
          rpoMinutes: 4,
        },
      } as Partial<IntentInput>),
    );
    expect(result.diagnostics.filter((d) => d.code === "IDIO428")).toEqual([]);
    expect(pilotLightFailover(result.graph!.nodes)).toEqual({
      steps: ["decide", "auroraGlobalFailover", "startTasks", "dnsHealthChecked"],
      fastMinutes: 10,
    });
  });

  it("keeps a primary no larger than cache.t4g.small as it is: nothing to scale", () => {
    const nodes = nodeById(
      compile(pilotLight({ dataSizeGb: 0.5 }, { environment: "staging", availability: "99.9" }))
        .graph!,
    );
    expect(nodes.get("cache.replication-group")!.props).toMatchObject({
      nodeType: "cache.t4g.small",
      numCacheClusters: 1,
    });
    expect(nodes.get("dr.cache.replication-group")!.props).toMatchObject({
      nodeType: "cache.t4g.small",
      numCacheClusters: 1,
    });
  });
});
