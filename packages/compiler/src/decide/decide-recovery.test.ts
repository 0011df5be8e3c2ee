import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { collectRefs, dependenciesOf } from "@idio-iac/graph";
import { parseIntent, type IntentInput } from "@idio-iac/intent-schema";
import { compile } from "../compile.js";
import { decideRecovery } from "./decide-recovery.js";
import { pilotLightFailover } from "./recovery-reach.js";
import { baseDocument, resolveIntent } from "../test-support/intents.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

type Targets = Pick<IntentInput, "availability" | "disasterRecovery">;

function intentWith(targets: Targets) {
  return resolveIntent(baseDocument(targets));
}

/**
 * Every dependency a DR-region node has on a node outside it, as `dr id -> id`,
 * except those on Route 53 (`edge.dns.*`: one global zone and its health
 * checks, which the DNS records and certificates of every region use).
 */
function crossRegionRefs(targets: Targets): string[] {
  return allCrossRegionRefs(targets).filter((r) => !ROUTE_53.test(r) || GLOBAL_DNS.includes(r));
}

const ROUTE_53 = / -> edge\.dns\./;

function allCrossRegionRefs(targets: Targets): string[] {
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
    // Route 53 records of the DR site belong to the DNS routing (build-dns.ts).
    expect(drKinds(targets).filter((kind) => !kind.startsWith("aws.route53."))).toEqual([]);
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

  it("pilot light: tens of minutes of RTO, live data and every tier present at zero", () => {
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
      tiersInDr: true,
      standbyShare: 0,
    });
    expect(decision.unmet).toEqual([]);
    // Nothing in the DR region leans on the primary: its own key, secrets, logs, certificate.
    expect(crossRegionRefs(targets)).toEqual([...GLOBAL_DATABASE, ...GLOBAL_DNS]);
    for (const r of allCrossRegionRefs(targets)) expect(r).toMatch(/ -> (edge\.dns\.|db\.)/);
    const { graph } = compile(intentWith(targets));
    const node = (id: string) => graph!.nodes.find((n) => n.id === id)!.props as never;
    // Route 53 records of the DR site belong to the DNS routing (build-dns.ts).
    expect(drKinds(targets).filter((kind) => !kind.startsWith("aws.route53."))).toEqual([
      "aws.acm.certificate",
      "aws.acm.certificate_validation",
      "aws.appautoscaling.policy",
      "aws.appautoscaling.target",
      "aws.backup.vault",
      "aws.cloudwatch.metric_alarm",
      "aws.ec2.eip",
      "aws.ec2.flow_log",
      "aws.ec2.internet_gateway",
      "aws.ec2.nat_gateway",
      "aws.ec2.route_table",
      "aws.ec2.route_table_association",
      "aws.ec2.security_group",
      "aws.ec2.security_group_egress",
      "aws.ec2.security_group_ingress",
      "aws.ec2.subnet",
      "aws.ec2.vpc",
      "aws.ec2.vpc_endpoint",
      "aws.ecs.cluster",
      "aws.ecs.service",
      "aws.ecs.task_definition",
      "aws.elbv2.listener",
      "aws.elbv2.load_balancer",
      "aws.elbv2.target_group",
      "aws.iam.role",
      "aws.kms.alias",
      "aws.kms.key",
      "aws.logs.log_group",
      "aws.rds.cluster",
      "aws.rds.cluster_instance",
      "aws.rds.cluster_parameter_group",
      "aws.rds.subnet_group",
      "aws.s3.bucket",
      "aws.s3.bucket_policy",
      "aws.sns.topic",
    ]);
    // Present, switched off: no task runs, and autoscaling may not start one ...
    expect(node("dr.web.service")).toMatchObject({ desiredCount: 0, name: "demo-prod-web-dr" });
    // ... until failover, which may take it to the primary's maximum.
    expect(node("dr.web.scaling.target")).toMatchObject({
      minCapacity: 0,
      maxCapacity: (node("web.scaling.target") as { maxCapacity: number }).maxCapacity,
    });
    // Idle at zero is not an alarm: only registered targets that are all unhealthy are.
    expect(node("dr.ops.alarm.web.no-healthy-hosts")).toMatchObject({
      treatMissingData: "notBreaching",
      math: {
        expression: "IF(FILL(healthy, 0) + FILL(unhealthy, 0) > 0, FILL(healthy, 0), 1)",
      },
    });
    expect(node("ops.alarm.web.no-healthy-hosts")).toMatchObject({
      treatMissingData: "breaching",
    });
    // Nothing else in the DR region counts missing data (a service at zero publishes none) as a breach.
    const breaching = graph!.nodes.filter(
      (n) =>
        n.region === "dr" &&
        n.kind === "aws.cloudwatch.metric_alarm" &&
        (n.props as { treatMissingData: string }).treatMissingData === "breaching",
    );
    expect(breaching.map((n) => n.id)).toEqual([]);
  });

  it("pilot light on EC2 with a read replica warns when even the fastest failover misses the RTO", () => {
    const targets: Targets = {
      availability: "99.95",
      disasterRecovery: {
        rtoMinutes: 12,
        rpoMinutes: 15,
        crossRegionReplication: true,
        drRegion: "us-west-2",
      },
    };
    const document = baseDocument(targets);
    const intent = resolveIntent({
      ...document,
      tiers: [
        { name: "web", type: "web", compute: "ec2", expectedRps: 100, connectsTo: ["db"] },
        { name: "db", type: "database", engine: "postgres", dataSizeGb: 50 },
      ],
    } as IntentInput);
    const { graph, diagnostics } = compile(intent);
    const group = graph!.nodes.find((n) => n.id === "dr.web.asg")!.props;
    expect(group).toMatchObject({ minSize: 0, desiredCapacity: 0 });
    expect(pilotLightFailover(graph!.nodes)).toEqual({
      steps: ["decide", "replicaPromotion", "launchInstances", "dnsHealthChecked"],
      fastMinutes: 17,
    });
    const warnings = diagnostics.filter((d) => d.code === "IDIO428");
    expect(warnings.map((w) => [w.path, w.message, w.hint])).toEqual([
      [
        "/disasterRecovery/rtoMinutes",
        "RTO 12 min needs warm standby: the pilot light in us-west-2 serves nothing until its tiers scale up from zero, so a failover takes at least 17 minutes (decide 5 + replica promotion 5 + EC2 instances from zero 5 + Route 53 health-checked failover 2; see runbook.md).",
        'Set availability to "99.999" (or rtoMinutes under 10) for a warm standby, which keeps every tier running in the DR region at a quarter of the primary\'s minimum capacity, billed there; or accept rtoMinutes 17 or more.',
      ],
    ]);
  });

  it("pilot light on Fargate with an Aurora global database reaches an RTO of 15 minutes", () => {
    const targets: Targets = {
      availability: "99.99",
      disasterRecovery: { rtoMinutes: 15, rpoMinutes: 1, crossRegionReplication: true },
    };
    const { graph, diagnostics } = compile(intentWith(targets));
    expect(pilotLightFailover(graph!.nodes)).toEqual({
      steps: ["decide", "auroraGlobalFailover", "startTasks", "dnsHealthChecked"],
      fastMinutes: 10,
    });
    expect(diagnostics.filter((d) => d.code === "IDIO428")).toEqual([]);
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
    expect(decision).toMatchObject({
      strategy: "warm-standby",
      tiersInDr: true,
      standbyShare: 0.25,
    });
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
  [
    /^dr\.(.+)\.replication-group -> \1\.global-datastore\.id$/,
    "membership of the ElastiCache Global Datastore",
  ],
  [/^dr\.edge\.certificate(\.validation)? -> edge\.dns\.zone\.id$/, "Route 53 is global: one zone"],
  [
    /^dr\..+\.dns\.(site\.)?(a|aaaa)(\..+)? -> edge\.dns\.zone\.id$/,
    "Route 53 is global: one zone",
  ],
  [
    /^dr\.(.+)\.dns\.(a|aaaa)(\..+)? -> edge\.dns\.health-check\.\1\.dr\.id$/,
    "a routed record's health check lives in us-east-1 beside its alarm (Route 53 is global)",
  ],
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
