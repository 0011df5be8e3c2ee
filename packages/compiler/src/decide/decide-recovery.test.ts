import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectRefs, dependenciesOf } from "@idio-iac/graph";
import { parseIntent, type IntentInput } from "@idio-iac/intent-schema";
import { compile } from "../compile.js";
import { decideRecovery } from "./decide-recovery.js";
import { baseDocument, resolveIntent } from "../test-support/intents.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

type Targets = Pick<IntentInput, "availability" | "disasterRecovery">;

function intentWith(targets: Targets) {
  return resolveIntent(baseDocument(targets));
}

/** Every dependency a DR-region node has on a primary-region node, as `dr id -> primary id`. */
function crossRegionRefs(targets: Targets): string[] {
  const { graph, diagnostics } = compile(intentWith(targets));
  if (graph === undefined) throw new Error(JSON.stringify(diagnostics));
  const region = new Map(graph.nodes.map((n) => [n.id, n.region]));
  return graph.nodes
    .filter((n) => n.region === "dr")
    .flatMap((n) =>
      dependenciesOf(n)
        .filter((id) => region.get(id) !== "dr")
        .map((id) => `${n.id} -> ${id}`),
    )
    .sort();
}

/**
 * The only DR -> primary dependencies a strategy may have, each intentional:
 * global resources and replication sources, never the primary's regional
 * secrets, images, keys or configuration.
 */
const GLOBAL_DATABASE = [
  // The secondary cluster joins the global cluster (a global resource) ...
  "dr.db.cluster -> db.global-cluster",
  // ... and is created after the primary writer (dependsOn: creation order only).
  "dr.db.cluster -> db.writer",
];
const GLOBAL_DNS = [
  // Route 53 is global: the DR certificate is validated in the one public zone.
  "dr.edge.certificate -> edge.dns.zone",
  "dr.edge.certificate.validation -> edge.dns.zone",
];

/** The kinds in the DR region, deduplicated and sorted. */
function drKinds(targets: Targets): string[] {
  const { graph } = compile(intentWith(targets));
  return [...new Set(graph!.nodes.filter((n) => n.region === "dr").map((n) => n.kind))].sort();
}

describe("decideRecovery", () => {
  it("backup and restore: no regional DR asked for, hours of RTO", () => {
    const targets: Targets = {
      availability: "99.95",
      disasterRecovery: { rtoMinutes: 240, rpoMinutes: 1440 },
    };
    const decision = decideRecovery(intentWith(targets));
    expect(decision).toMatchObject({
      strategy: "backup-and-restore",
      builds: "backup-and-restore",
      regional: false,
      replicatesData: false,
      tiersInDr: false,
    });
    expect(decision.unmet).toEqual([]);
    expect(crossRegionRefs(targets)).toEqual([]);
    expect(drKinds(targets)).toEqual([]);
  });

  it("backup and restore with copies: daily copies meet a day's RPO and hours of RTO", () => {
    const targets: Targets = {
      availability: "99.99",
      disasterRecovery: {
        rtoMinutes: 480,
        rpoMinutes: 1440,
        crossRegionReplication: true,
        drRegion: "us-west-2",
      },
    };
    const decision = decideRecovery(intentWith(targets));
    expect(decision).toMatchObject({
      strategy: "backup-and-restore",
      regional: true,
      copiesBackups: true,
      replicatesData: false,
    });
    // The primary plan's copy rule names the DR vault, never the other way round.
    expect(crossRegionRefs(targets)).toEqual([]);
    expect(drKinds(targets)).toContain("aws.backup.vault");
    expect(drKinds(targets)).not.toContain("aws.rds.cluster");
  });

  it("pilot light: tens of minutes of RTO with live data replication", () => {
    const targets: Targets = {
      availability: "99.99",
      disasterRecovery: {
        rtoMinutes: 30,
        rpoMinutes: 5,
        crossRegionReplication: true,
        drRegion: "us-west-2",
      },
    };
    const decision = decideRecovery(intentWith(targets));
    expect(decision).toMatchObject({
      strategy: "pilot-light",
      builds: "pilot-light",
      replicatesData: true,
      tiersInDr: false,
    });
    expect(decision.unmet).toEqual([]);
    expect(crossRegionRefs(targets)).toEqual(GLOBAL_DATABASE);
    const kinds = drKinds(targets);
    expect(kinds).toContain("aws.rds.cluster");
    expect(kinds).toContain("aws.ec2.vpc");
    expect(kinds).not.toContain("aws.ecs.service");
  });

  it("pilot light under 30 minutes warns that a warm standby would meet the RTO", () => {
    const { diagnostics } = compile(
      intentWith({
        availability: "99.99",
        disasterRecovery: { rtoMinutes: 15, rpoMinutes: 5, crossRegionReplication: true },
      }),
    );
    const warnings = diagnostics.filter((d) => d.code === "IDIO428");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.path).toBe("/disasterRecovery/rtoMinutes");
    expect(warnings[0]!.message).toMatch(
      /^RTO 15 min needs warm standby: the DR region runs the application tiers scaled down;/,
    );
  });

  it("warm standby: an RTO of minutes runs the tiers in the DR region, even below 99.999", () => {
    const targets: Targets = {
      availability: "99.99",
      disasterRecovery: {
        rtoMinutes: 5,
        rpoMinutes: 5,
        crossRegionReplication: true,
        drRegion: "us-west-2",
      },
    };
    const decision = decideRecovery(intentWith(targets));
    expect(decision).toMatchObject({ strategy: "warm-standby", tiersInDr: true });
    const kinds = drKinds(targets);
    for (const kind of [
      "aws.ecs.service",
      "aws.elbv2.load_balancer",
      "aws.cloudwatch.metric_alarm",
    ])
      expect(kinds).toContain(kind);
    expect(decision.unmet).toEqual([]);
    expect(crossRegionRefs(targets)).toEqual([...GLOBAL_DATABASE, ...GLOBAL_DNS]);
  });

  it("warm standby at 99.999 whatever the RTO", () => {
    const decision = decideRecovery(
      intentWith({ availability: "99.999", disasterRecovery: { rtoMinutes: 240 } }),
    );
    expect(decision.strategy).toBe("warm-standby");
  });

  it("active-active: a near-zero RTO, built as a warm standby with a warning", () => {
    const targets: Targets = {
      availability: "99.999",
      disasterRecovery: {
        rtoMinutes: 2,
        rpoMinutes: 1,
        crossRegionReplication: true,
        drRegion: "us-west-2",
      },
    };
    const decision = decideRecovery(intentWith(targets));
    expect(decision).toMatchObject({
      strategy: "active-active",
      builds: "warm-standby",
      tiersInDr: true,
    });
    expect(decision.unmet.map((u) => u.pointer)).toEqual(["/disasterRecovery/rtoMinutes"]);
    expect(decision.unmet[0]!.message).toContain("RTO 2 min needs active-active");
    expect(crossRegionRefs(targets)).toEqual([...GLOBAL_DATABASE, ...GLOBAL_DNS]);
  });

  it("warns, located, when no DR region is asked for and the RTO needs one", () => {
    const { diagnostics } = compile(
      intentWith({ availability: "99.95", disasterRecovery: { rtoMinutes: 30, rpoMinutes: 60 } }),
      {},
    );
    const warning = diagnostics.find((d) => d.code === "IDIO428");
    expect(warning).toMatchObject({
      severity: "warning",
      path: "/disasterRecovery/rtoMinutes",
      message:
        "RTO 30 min needs pilot light: restoring from backups takes hours; with the data replicated live to a DR region and its network ready, recovery takes 10s of minutes.",
    });
    expect(warning!.hint).toContain("crossRegionReplication: true");
  });
});

/**
 * Every intentional DR -> elsewhere reference, by pattern. Anything else
 * (a primary secret, image, key, log group, parameter) fails the test.
 */
const INTENTIONAL: readonly [RegExp, string][] = [
  [/^dr\.(.+)\.cluster -> \1\.global-cluster\.id$/, "membership of the Aurora global cluster"],
  [/^dr\.(.+)\.cluster -> \1\.writer$/, "creation order: a secondary joins after the writer"],
  [/^dr\.(.+)\.replica -> \1\.instance\.arn$/, "replication source of a cross-region read replica"],
  [/^dr\.edge\.certificate(\.validation)? -> edge\.dns\.zone\.id$/, "Route 53 is global: one zone"],
  [/^dr\..+ -> (.+)\.table\.name$/, "a global table has one name in every region"],
];

describe("the DR region of every example and fixture", () => {
  const intents = [
    ...["ecommerce-platform", "global-ecommerce", "healthcare-hipaa"].map(
      (name) => `examples/${name}`,
    ),
    "fixtures/every-kind/global",
  ];
  it.each(intents)("%s: references outside the DR region are only the intentional ones", (dir) => {
    const file = `${dir}/intent.yaml`;
    const parsed = parseIntent(readFileSync(`${ROOT}${file}`, "utf8"), file);
    const { graph } = compile(parsed.intent!, { source: parsed.source });
    const region = new Map(graph!.nodes.map((n) => [n.id, n.region]));
    const outside = graph!.nodes
      .filter((n) => n.region === "dr")
      .flatMap((n) => [
        ...collectRefs(n.props).map((r) => ({
          id: r.ref,
          text: `${n.id} -> ${r.ref}.${r.attr ?? "id"}`,
        })),
        ...n.dependsOn.map((id) => ({ id, text: `${n.id} -> ${id}` })),
      ])
      .filter((r) => region.get(r.id) !== "dr");
    expect(outside.length).toBeGreaterThan(0);
    for (const { text } of outside)
      expect(
        INTENTIONAL.some(([pattern]) => pattern.test(text)),
        text,
      ).toBe(true);
  });
});
