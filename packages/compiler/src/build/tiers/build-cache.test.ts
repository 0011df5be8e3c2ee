import type { MetricAlarmProps } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";

describe("cache alarms", () => {
  it("alarm every node under CacheClusterId (the dimension ElastiCache publishes), lag on every node of a group with replicas (any may be the replica after a failover)", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          { name: "web", type: "web", expectedRps: 50, connectsTo: ["cache"] },
          { name: "cache", type: "cache", dataSizeGb: 1 },
        ],
      }),
    );
    const graph = compile(intent).graph!;
    const alarms = graph.nodes.filter(
      (n) => n.kind === "aws.cloudwatch.metric_alarm" && n.tier === "cache",
    );
    const byId = Object.fromEntries(
      alarms.map((n) => [n.id, (n.props as MetricAlarmProps).dimensions]),
    );
    const group = { ref: "cache.replication-group", attr: "id" };
    expect(byId).toEqual({
      "ops.alarm.cache.cpu-001": { CacheClusterId: { join: [group, "-001"] } },
      "ops.alarm.cache.memory-001": { CacheClusterId: { join: [group, "-001"] } },
      "ops.alarm.cache.replication-lag-001": { CacheClusterId: { join: [group, "-001"] } },
      "ops.alarm.cache.cpu-002": { CacheClusterId: { join: [group, "-002"] } },
      "ops.alarm.cache.memory-002": { CacheClusterId: { join: [group, "-002"] } },
      "ops.alarm.cache.replication-lag-002": { CacheClusterId: { join: [group, "-002"] } },
    });
  });
});
