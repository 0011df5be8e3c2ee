import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GraphNode } from "@idio-iac/graph";
import { plan, type Plan } from "idio-iac";
import { describe, expect, it } from "vitest";
import { renderRunbook } from "./runbook.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

function planOf(text: string, fileName = "intent.yaml"): Plan {
  const result = plan(text, { fileName, today: "2026-11-21" });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.plan!;
}

/** The section of a runbook under `## <title>`, up to the next `## `. */
function section(text: string, title: string): string {
  const start = text.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(0);
  const end = text.indexOf("\n## ", start + 4);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("the runbook of examples/global-three-region (geolocation over three regions)", () => {
  const path = "examples/global-three-region/intent.yaml";
  const book = renderRunbook(planOf(readFileSync(`${ROOT}${path}`, "utf8"), path));

  it("has no recovery region and no failover of the whole plan against the RTO", () => {
    expect(book).toContain(
      "Strategy: **Multi-site active/active**, RTO 5 min, RPO 1 min; geolocation routing over us-east-1 (the primary: the writer) and us-west-2, eu-west-1; no recovery region: the regions recover each other.",
    );
    expect(book).not.toContain("undefined");
    expect(book).not.toContain("## Failover");
  });

  it("names each region's Route 53 health-check alarm and entry alarms", () => {
    const start = section(book, "When to start");
    expect(start).toContain(
      "- **us-west-2**:\n  - `globalshop-prod-web-us-west-2-health-check`: web in us-west-2 fails Route 53's health check",
    );
    expect(start).toContain(
      "  - `globalshop-prod-web-eu-west-1-no-healthy-hosts`: web has no healthy target: every task or instance is gone (eu-west-1)",
    );
    expect(start).toContain(
      "aws cloudwatch describe-alarms --region eu-west-1 --state-value ALARM --query 'MetricAlarms[].AlarmName'",
    );
  });

  it("says the surviving regions' services and their maximum take the load", () => {
    expect(section(book, "What happens by itself")).toContain(
      "  - us-west-2: `globalshop-prod-api-us-west-2` 15 tasks (scales 3–30), `globalshop-prod-web-us-west-2` 20 tasks (scales 3–30)",
    );
  });

  it("moves the writers to us-west-2 by their real names when us-east-1 is out", () => {
    const out = section(book, "If us-east-1 is out (the primary, the writer's region)");
    expect(out).toContain(
      "aws rds failover-global-cluster --region us-west-2 --global-cluster-identifier globalshop-prod-orders-db-global \\\n     --target-db-cluster-identifier \"$(aws rds describe-db-clusters --region us-west-2 --db-cluster-identifier globalshop-prod-orders-db-us-west-2 --query 'DBClusters[0].DBClusterArn' --output text)\" \\\n     --allow-data-loss",
    );
    expect(out).toContain("globalshop-prod-orders-db-eu-west-1 forwards writes to it");
    // Active-active caches stand alone in each region: no Global Datastore to fail over.
    expect(out).not.toContain("elasticache");
    expect(out.match(/^\d+\. /gm)).toEqual(["1. ", "2. ", "3. "]);
    expect(out).toContain(
      'FullyQualifiedDomainName==`"web-primary.shop.globalshop.example"`].Id | [0]\' --output text)" --disabled --inverted',
    );
  });

  it("says each region's cache is its own, with nothing to fail over", () => {
    expect(section(book, "What happens by itself")).toContain(
      "- **Caches** (`globalshop-prod-sessions`, `globalshop-prod-sessions-us-west-2`, `globalshop-prod-sessions-eu-west-1`): each region writes its own cache, so there is nothing to fail over; the failed region's users miss their cached entries in the region they move to (their reads miss until it refills, and sessions kept in the cache sign in again).",
    );
    expect(book).not.toContain("global-replication-group");
    expect(book).not.toContain("GlobalDatastoreReplicationLag");
  });

  it("tells the read RTO from the write RTO", () => {
    const timings = section(book, "Timings against the RTO");
    expect(timings).toContain(
      "- **Serving** recovers by itself in 2–3 min (Route 53's health checks), within the 5-minute RTO.",
    );
    // decide 5-15 + Aurora global failover 1-5; the caches take writes in every region.
    expect(timings).toContain(
      "- **Writes** to orders-db (`globalshop-prod-orders-db-global`) stop when us-east-1, the writer's region, is out, and recover only after the steps above: 6–20 min, longer than the 5-minute RTO even at best. An Aurora global database does not move its writer across regions by itself. An outage of us-west-2 or eu-west-1 stops no writes.",
    );
    expect(section(book, "If us-west-2 or eu-west-1 is out")).toContain("Nothing to do:");
  });

  it("switches the writer back without data loss on failback", () => {
    expect(section(book, "Failback")).toContain(
      "aws rds switchover-global-cluster --region us-west-2 --global-cluster-identifier globalshop-prod-orders-db-global \\\n     --target-db-cluster-identifier \"$(aws rds describe-db-clusters --region us-east-1 --db-cluster-identifier globalshop-prod-orders-db --query 'DBClusters[0].DBClusterArn' --output text)\"",
    );
  });
});

/** Failover routing: eu-central-1 is a warm standby at a quarter of the primary's minimum. */
const FAILOVER = `apiVersion: idio.dev/v1
name: ledger
environment: production
region: eu-west-1
regions: [eu-central-1]
routing:
  policy: failover
availability: "99.99"
domain: ledger.example.com
tiers:
  - name: app
    type: web
    expectedRps: 200
    scaling: { min: 4, max: 12 }
    connectsTo: [db, cache]
  - name: db
    type: database
    engine: aurora-postgresql
    dataSizeGb: 50
  - name: cache
    type: cache
    engine: valkey
    dataSizeGb: 4
disasterRecovery:
  rtoMinutes: 15
  rpoMinutes: 5
`;

describe("the runbook of failover routing with regions (a warm standby that serves)", () => {
  const book = renderRunbook(planOf(FAILOVER));

  it("lets Route 53 fail over and says the standby has nowhere to fail to", () => {
    expect(book).toContain(
      "eu-west-1's users go to eu-central-1, the standby; if eu-central-1 fails, nothing moves: a failover record set has nowhere else to send them.",
    );
    expect(section(book, "If eu-central-1 is out")).toContain("there is no failover target");
  });

  it("promotes the standby's database and cache and scales it to the primary's capacity", () => {
    const out = section(book, "If eu-west-1 is out (the primary, the writer's region)");
    // decide 5-15 + Aurora 1-5, the cache alongside (1-5), the standby alongside (3-10).
    expect(out).toContain(
      "Expected 8–25 min in all, the 15-minute RTO is met only at the fast end.",
    );
    expect(out).toContain(
      "3. Promote ledger-prod-db-eu-central-1 in eu-central-1 to the writer of ledger-prod-db-global (writes since the last replicated second are lost) (1–5 min)",
    );
    expect(out).toContain(
      "4. Make the cache ledger-prod-cache-eu-central-1 in eu-central-1 the Global Datastore's primary (1–5 min, at the same time as step 3)",
    );
    expect(out).toContain(
      "aws application-autoscaling register-scalable-target --region eu-central-1 --service-namespace ecs --scalable-dimension ecs:service:DesiredCount \\\n     --resource-id service/ledger-prod-cluster-eu-central-1/ledger-prod-app-eu-central-1 --min-capacity 4 --max-capacity 12",
    );
    expect(out).toContain(
      "aws ecs update-service --region eu-central-1 --cluster ledger-prod-cluster-eu-central-1 --service ledger-prod-app-eu-central-1 --desired-count 6",
    );
  });

  it("counts the writes' recovery without the standby's scaling", () => {
    expect(section(book, "Timings against the RTO")).toContain(
      "- **Writes** to db (`ledger-prod-db-global`) and cache (`ledger-prod-cache`) stop when eu-west-1, the writer's region, is out, and recover only after the steps above: 6–20 min, the 15-minute RTO is met only at the fast end. Neither an Aurora global database nor a Global Datastore moves its writer across regions by itself.",
    );
  });

  it("keeps the standby's cache in the Global Datastore: no standalone caches line", () => {
    expect(book).not.toContain("- **Caches**");
    expect(book).toContain("`ledger-prod-cache-eu-central-1-global-replication-lag-001`");
  });

  it("fails back with a switchover, the datastore, the records and the standby's floor", () => {
    const back = section(book, "Failback");
    expect(back).toContain(
      "aws rds switchover-global-cluster --region eu-central-1 --global-cluster-identifier ledger-prod-db-global",
    );
    expect(back).toContain(
      "--primary-region eu-west-1 --primary-replication-group-id ledger-prod-cache",
    );
    expect(back).toContain("--no-disabled --no-inverted");
    expect(back).toContain(
      "5. Scale the standby in eu-central-1 back down: `terraform apply` (or a CloudFormation update) restores its planned minimum",
    );
  });
});

/**
 * Geolocation records that alias the load balancers directly, each with its
 * health check: nothing stands behind the default record, so the runbook
 * points it at the next region by hand. (IDIO's compiler puts a fall-through
 * tree behind them; this keeps the runbook right for a graph without one.)
 */
function withoutFallThrough(p: Plan): Plan {
  const byId = new Map(p.graph.nodes.map((n) => [n.id, n]));
  const nodes = p.graph.nodes.flatMap((n): GraphNode[] => {
    if (n.kind !== "aws.route53.record") return [n];
    const props = n.props as unknown as Record<string, unknown>;
    const routing = props.routing as { policy: { type: string } } | undefined;
    if (routing === undefined) return [n];
    if (routing.policy.type !== "geolocation") return [];
    const via = byId.get((props.alias as { name: { ref: string } }).name.ref);
    if (via?.kind !== "aws.route53.record") return [n];
    const first = via.props as unknown as Record<string, unknown>;
    return [
      {
        ...n,
        props: { ...props, alias: first.alias, healthCheckId: first.healthCheckId },
      } as GraphNode,
    ];
  });
  return { ...p, graph: { ...p.graph, nodes } };
}

describe("geolocation without a fall-through behind the default record", () => {
  const path = "examples/global-three-region/intent.yaml";
  const book = renderRunbook(
    withoutFallThrough(planOf(readFileSync(`${ROOT}${path}`, "utf8"), path)),
  );

  it("points the default record at us-west-2 by hand when us-east-1 is out", () => {
    expect(book).toContain("**The default record's own users have no other record**");
    expect(book).toContain(
      "2. Point the default location's record of shop.globalshop.example at us-west-2 (1–2 min)",
    );
    expect(book).toContain(
      `--change-batch '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":{"Name":"shop.globalshop.example","Type":"A","SetIdentifier":"us-east-1-default","GeoLocation":{"CountryCode":"*"},"AliasTarget":{"HostedZoneId":"'"$LB_ZONE"'","DNSName":"'"$LB_DNS"'","EvaluateTargetHealth":true}}}]}'`,
    );
    expect(section(book, "Timings against the RTO")).toContain(
      "except, when us-east-1 is out, for the default location's users, who wait for steps 1–2 above: 6–17 min, longer than the 5-minute RTO even at best.",
    );
  });
});

describe("latency routing with regions and no store with one writer", () => {
  const book = renderRunbook(
    planOf(`apiVersion: idio.dev/v1
name: quotes
environment: production
region: us-east-2
regions: [us-west-2]
availability: "99.99"
domain: quotes.example.com
tiers:
  - name: api
    type: api
    expectedRps: 100
    scaling: { min: 2, max: 8 }
    connectsTo: [items]
  - name: items
    type: nosql
    engine: dynamodb
    dataSizeGb: 5
disasterRecovery:
  rtoMinutes: 5
  rpoMinutes: 1
`),
  );

  it("sends a failed region's users to the next nearest and leaves every region to Route 53", () => {
    expect(book).toContain(
      "The failed region's users go to the healthy region with the next lowest latency for them.",
    );
    // Nothing for an operator to move: no writer section, both regions watched alike.
    expect(book).not.toContain("writer's region");
    expect(book).toContain("## If us-east-2 or us-west-2 is out\n\nNothing to do:");
    expect(book).toContain(
      "1. A region that comes back needs nothing: once its health check passes 3 times in a row Route 53 answers with its records again, and its secondaries catch up.\n",
    );
    expect(book).toContain(
      "- **Serving** recovers by itself in 2–3 min (Route 53's health checks), within the 5-minute RTO.\n- Every store takes writes in every region (no store with one writer), so writes recover with serving: the 5-minute RTO holds for reads and writes alike.",
    );
  });
});

describe("serving regions without a public name (no Route 53 records)", () => {
  const book = renderRunbook(
    planOf(`apiVersion: idio.dev/v1
name: batch
environment: production
region: us-east-2
regions: [us-west-2]
availability: "99.99"
tiers:
  - name: jobs
    type: worker
    scaling: { min: 1, max: 4 }
    connectsTo: [db]
  - name: db
    type: database
    engine: aurora-postgresql
    dataSizeGb: 20
disasterRecovery:
  rtoMinutes: 30
  rpoMinutes: 5
`),
  );

  it("moves the writer by hand and holds nothing out of Route 53", () => {
    expect(book).toContain(
      "The plan has no health-checked Route 53 records (no public tier with a domain): nothing moves users between regions; each region serves what reaches it.",
    );
    expect(book).toContain(
      "2. Promote batch-prod-db-us-west-2 in us-west-2 to the writer of batch-prod-db-global",
    );
    expect(book).not.toContain("update-health-check");
    expect(book).not.toContain("--region us-east-1");
    expect(book).toContain(
      "Nothing to do but wait for it: no health-checked record moves its users elsewhere; the writers in us-east-2 are unaffected, and its secondaries catch up when it returns. Watch the surviving regions' services:",
    );
    expect(book).toContain(
      "- **Serving**: nothing moves users between regions (no health-checked records): a region's users wait for it to return.",
    );
  });
});
