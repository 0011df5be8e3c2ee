import { plan } from "idio-iac";
import { describe, expect, it } from "vitest";
import { renderRunbook } from "./runbook.js";

/** A Fargate web tier with an Aurora database and a 13 GB cache, DR in us-west-2, RTO `rto`. */
const intent = (rto: number) => `apiVersion: idio.dev/v1
name: shop
environment: production
region: us-east-1
availability: "99.99"
tiers:
  - name: web
    type: web
    expectedRps: 200
    scaling: { min: 2, max: 10 }
    connectsTo: [db, cache]
  - name: db
    type: database
    engine: aurora-postgresql
    dataSizeGb: 50
  - name: cache
    type: cache
    engine: valkey
    dataSizeGb: 13
disasterRecovery:
  rtoMinutes: ${rto}
  rpoMinutes: 5
  crossRegionReplication: true
  drRegion: us-west-2
`;

const runbookOf = (rto: number) => {
  const result = plan(intent(rto), { fileName: "intent.yaml", today: "2026-11-21" });
  return { text: renderRunbook(result.plan!), diagnostics: result.diagnostics };
};

describe("the runbook's cache steps", () => {
  it("a pilot light scales its small cache up in the background, beside the database, and back down on failback", () => {
    const { text, diagnostics } = runbookOf(15);
    expect(diagnostics.some((d) => d.code === "IDIO428")).toBe(false);
    expect(text).toContain(
      "3. Scale the cache shop-prod-cache-dr in us-west-2 up to cache.r7g.xlarge (10–30 min, starts with step 2 and holds nothing up)",
    );
    expect(text).toContain(
      [
        "   aws elasticache modify-replication-group --region us-west-2 --replication-group-id shop-prod-cache-dr --cache-node-type cache.r7g.xlarge --apply-immediately",
        "   aws elasticache wait replication-group-available --region us-west-2 --replication-group-id shop-prod-cache-dr",
        "   aws elasticache increase-replica-count --region us-west-2 --replication-group-id shop-prod-cache-dr --new-replica-count 2 --apply-immediately",
      ].join("\n"),
    );
    // decide 5-15 + Aurora 1-5 + Fargate tasks 2-5 (no domain, no DNS step); the scale-up is not counted.
    expect(text).toContain(
      "Expected 8–25 min in all, the 15-minute RTO is met only at the fast end.",
    );
    expect(text).not.toContain("failover-global-replication-group");
    expect(text).not.toContain("global-replication-lag");
    expect(text).toContain(
      [
        "aws elasticache decrease-replica-count --region us-west-2 --replication-group-id shop-prod-cache-dr --new-replica-count 1 --apply-immediately",
        "aws elasticache wait replication-group-available --region us-west-2 --replication-group-id shop-prod-cache-dr",
        "aws elasticache modify-replication-group --region us-west-2 --replication-group-id shop-prod-cache-dr --cache-node-type cache.t4g.small --apply-immediately",
      ].join("\n"),
    );
    expect(text).toContain(
      "The recovery VPC has one NAT gateway, in us-west-2a: a NAT gateway is zonal, so the tasks in every AZ pull their images and reach the internet through us-west-2a",
    );
  });

  it("a warm standby promotes the Global Datastore beside the database and promotes it back on failback", () => {
    const { text } = runbookOf(8);
    expect(text).toContain(
      "3. Promote the cache shop-prod-cache-dr in us-west-2 to the Global Datastore's primary (1–5 min, at the same time as step 2)",
    );
    expect(text).toContain(
      `   aws elasticache failover-global-replication-group --region us-west-2 --global-replication-group-id "$(aws elasticache describe-global-replication-groups --region us-west-2 --query "GlobalReplicationGroups[?ends_with(GlobalReplicationGroupId, '-shop-prod-cache')].GlobalReplicationGroupId" --output text)" \\\n     --primary-region us-west-2 --primary-replication-group-id shop-prod-cache-dr`,
    );
    // decide 5-15 + max(Aurora 1-5, Global Datastore 1-5) + scale the standby 3-10.
    expect(text).toContain("Expected 9–30 min in all");
    expect(text).toContain(
      `aws elasticache failover-global-replication-group --region us-east-1 --global-replication-group-id "$(aws elasticache describe-global-replication-groups --region us-east-1 --query "GlobalReplicationGroups[?ends_with(GlobalReplicationGroupId, '-shop-prod-cache')].GlobalReplicationGroupId" --output text)" \\\n  --primary-region us-east-1 --primary-replication-group-id shop-prod-cache`,
    );
    expect(text).not.toContain("modify-replication-group");
    expect(text).not.toContain("one NAT gateway");
  });
});
