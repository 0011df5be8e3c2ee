import { plan } from "idio-iac";
import { describe, expect, it } from "vitest";
import { renderRunbook } from "./runbook.js";

/** A pilot light on EC2 with an RDS read replica: the slow path, started from zero. */
const INTENT = `apiVersion: idio.dev/v1
name: ledger
environment: production
region: us-east-1
availability: "99.95"
tiers:
  - name: app
    type: web
    compute: ec2
    expectedRps: 100
    scaling: { min: 2, max: 6 }
    connectsTo: [db]
  - name: db
    type: database
    engine: postgres
    dataSizeGb: 50
disasterRecovery:
  rtoMinutes: 12
  rpoMinutes: 15
  crossRegionReplication: true
  drRegion: us-west-2
`;

describe("a pilot light's runbook", () => {
  const result = plan(INTENT, { fileName: "intent.yaml", today: "2026-11-21" });
  const text = renderRunbook(result.plan!);

  it("starts the instances from zero at the primary's capacity, after promoting the replica", () => {
    expect(text).toContain(
      "3. Start the pilot light's instances in us-west-2 at the primary's capacity (5–10 min)",
    );
    expect(text).toContain(
      "aws autoscaling update-auto-scaling-group --region us-west-2 --auto-scaling-group-name ledger-prod-app-dr --min-size 2 --desired-capacity 2",
    );
    expect(text.indexOf("promote-read-replica")).toBeLessThan(
      text.indexOf("update-auto-scaling-group"),
    );
    // decide 5-15 + promote 5-15 + instances 5-10: the fast end is over the 12-minute RTO.
    expect(text).toContain(
      "Expected 15–40 min in all, longer than the 12-minute RTO even at best.",
    );
  });

  it("warns at compile time with the same fast end (IDIO428)", () => {
    const warning = result.diagnostics.find((d) => d.code === "IDIO428");
    expect(warning?.message).toMatch(/^RTO 12 min needs warm standby: .* at least 15 minutes \(/);
  });

  it("switches the pilot light back off after failback: the group to zero", () => {
    expect(text).toContain(
      "aws autoscaling update-auto-scaling-group --region us-west-2 --auto-scaling-group-name ledger-prod-app-dr --min-size 0 --desired-capacity 0",
    );
  });
});
