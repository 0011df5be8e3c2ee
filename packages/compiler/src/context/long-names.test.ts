import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "../compile.js";
import { baseDocument, resolveIntent } from "../test-support/intents.js";
import { nameLimitViolations } from "../test-support/invariants.js";

/** The longest names the schema allows: a 32-character application, 24-character tiers that differ only at the end. */
const APP = "a-very-long-application-name-xyz";
const tier = (suffix: string) => `sessions-cache-primary-${suffix}`;
const api = (suffix: string) => `customer-facing-public-${suffix}`;
const db = (suffix: string) => `orders-database-primary${suffix}`;

function longGraph(): ResourceGraph {
  const intent = resolveIntent(
    baseDocument({
      name: APP,
      environment: "production",
      availability: "99.99",
      disasterRecovery: { rpoMinutes: 5, rtoMinutes: 30, crossRegionReplication: true },
      tiers: [
        { name: api("1"), type: "api", expectedRps: 50, connectsTo: [tier("1"), db("1")] },
        { name: api("2"), type: "api", expectedRps: 50, connectsTo: [tier("2"), db("2")] },
        { name: tier("1"), type: "cache", dataSizeGb: 1 },
        { name: tier("2"), type: "cache", dataSizeGb: 1 },
        { name: db("1"), type: "database", engine: "postgres", dataSizeGb: 20 },
        { name: db("2"), type: "database", engine: "postgres", dataSizeGb: 20 },
      ],
    } as never),
  );
  const result = compile(intent);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.graph!;
}

/** Identifier props that must be unique per kind and region (the second create fails otherwise; cfn-lint E3019). */
const UNIQUE: Partial<Record<GraphNode["kind"], string>> = {
  "aws.elasticache.replication_group": "replicationGroupId",
  "aws.rds.instance": "identifier",
  "aws.rds.cluster": "identifier",
  "aws.rds.cluster_instance": "identifier",
  "aws.elbv2.load_balancer": "name",
  "aws.elbv2.target_group": "name",
  "aws.iam.role": "name",
  "aws.cloudwatch.metric_alarm": "name",
  "aws.rds.subnet_group": "name",
  "aws.elasticache.subnet_group": "name",
};

describe("length-limited AWS names", () => {
  it("two long tier names of a long application stay within the limits and never collide", () => {
    const graph = longGraph();
    expect(nameLimitViolations(graph)).toEqual([]);
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const node of graph.nodes) {
      const prop = UNIQUE[node.kind];
      if (prop === undefined) continue;
      const value = (node.props as unknown as Record<string, unknown>)[prop];
      const key = `${node.kind}@${node.region ?? "primary"}:${String(value)}`;
      const other = seen.get(key);
      if (other !== undefined) collisions.push(`${node.id} and ${other}: ${String(value)}`);
      seen.set(key, node.id);
    }
    expect(collisions).toEqual([]);
    // The primary's caches (a pilot light's DR copies are named apart, checked above).
    const caches = graph.nodes
      .filter((n) => n.kind === "aws.elasticache.replication_group" && n.region === "primary")
      .map((n) => (n.props as { replicationGroupId: string }).replicationGroupId)
      .sort();
    // Both full names are 62 characters and differ only in their last one; each keeps 33 and a hash.
    expect(caches).toEqual([
      "a-very-long-application-name-xyz-b1672d",
      "a-very-long-application-name-xyz-b46731",
    ]);
  });
});
