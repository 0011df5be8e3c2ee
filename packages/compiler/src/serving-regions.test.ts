import { describe, expect, it } from "vitest";
import { collectRefs, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import type { IntentInput } from "@idio-iac/intent-schema";
import { compile } from "./compile.js";
import { decideRecovery } from "./decide/decide-recovery.js";
import { baseDocument, loadExample, resolveIntent } from "./test-support/intents.js";

const REGIONS = ["us-west-2", "eu-west-1"] as const;

function globalThreeRegion(): ResourceGraph {
  const { intent, source } = loadExample("global-three-region");
  const { graph, diagnostics } = compile(intent, { source });
  if (graph === undefined) throw new Error(JSON.stringify(diagnostics));
  return graph;
}

/**
 * Every intentional reference from a node in an extra serving region to a
 * node elsewhere: global resources and replication sources. Anything else (a
 * primary secret, image, key, log group, topic, subnet) fails the test.
 */
const INTENTIONAL: readonly [RegExp, string][] = [
  [/^R\.(.+)\.cluster -> \1\.global-cluster\.id$/, "membership of the Aurora global cluster"],
  [/^R\.(.+)\.cluster -> \1\.writer$/, "creation order: a secondary joins after the writer"],
  [/^R\..+ -> (.+)\.table\.name$/, "a global table has one name in every region"],
  [/^R\..+ -> edge\.dns\.zone\.id$/, "Route 53 is global: one public zone"],
  [/^R\..+ -> edge\.dns\.health-check\..+\.id$/, "Route 53 health checks are global"],
  [
    /^R\.(.+)\.distribution -> edge\.(certificate\.validation\.certificateArn|waf\.cloudfront\.arn)$/,
    "CloudFront is global: its certificate and web ACL live in us-east-1",
  ],
];

/** `R.<id> -> <target>` for every reference of a node in `region` to a node outside it. */
function outsideReferences(graph: ResourceGraph, region: string): string[] {
  const where = new Map(graph.nodes.map((n) => [n.id, n.region]));
  const local = (id: string) => id.replace(new RegExp(`^${region}\\.`), "R.");
  return graph.nodes
    .filter((n) => n.region === region)
    .flatMap((n: GraphNode) =>
      [
        ...collectRefs(n.props).map((r) => ({ id: r.ref, text: `${r.ref}.${r.attr ?? "id"}` })),
        ...n.dependsOn.map((id) => ({ id, text: id })),
      ].map((r) => ({ ...r, from: n.id })),
    )
    .filter((r) => where.get(r.id) !== region)
    .map((r) => `${local(r.from)} -> ${r.text}`);
}

describe("extra serving regions (examples/global-three-region)", () => {
  const graph = globalThreeRegion();
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  it("lists the regions on the graph, in intent order", () => {
    expect(graph.region).toBe("us-east-1");
    expect(graph.regions).toEqual(["us-west-2", "eu-west-1"]);
    expect(graph.drRegion).toBeUndefined();
  });

  it.each(REGIONS)(
    "%s holds every tier's service, load balancer and alarms at full capacity",
    (r) => {
      for (const tier of ["web", "api"]) {
        const service = byId.get(`${r}.${tier}.service`) as GraphNode<"aws.ecs.service">;
        const primary = byId.get(`${tier}.service`) as GraphNode<"aws.ecs.service">;
        expect(service.region).toBe(r);
        expect(service.props.desiredCount).toBe(primary.props.desiredCount);
        expect(byId.get(`${r}.${tier}.alb`)?.kind).toBe("aws.elbv2.load_balancer");
        for (const alarm of [
          "cpu",
          "memory",
          "no-healthy-hosts",
          "elb-5xx-rate",
          "target-5xx-rate",
        ])
          expect(byId.get(`${r}.ops.alarm.${tier}.${alarm}`)?.region).toBe(r);
      }
      const cluster = byId.get(`${r}.orders-db.cluster`) as GraphNode<"aws.rds.cluster">;
      expect(cluster.props.enableGlobalWriteForwarding).toBe(true);
      expect(cluster.props.kmsKeyId).toEqual({ ref: `${r}.security.kms.key`, attr: "arn" });
      // As many instances as the primary cluster: its writer and two readers.
      expect(
        graph.nodes.filter((n) => n.id.startsWith(`${r}.orders-db.reader.`)).map((n) => n.id),
      ).toEqual([`${r}.orders-db.reader.a`, `${r}.orders-db.reader.b`, `${r}.orders-db.reader.c`]);
      // Its own writable cache at the primary's size: a Global Datastore secondary only takes reads.
      const sessions = byId.get(
        `${r}.sessions.replication-group`,
      ) as GraphNode<"aws.elasticache.replication_group">;
      const primarySessions = byId.get(
        "sessions.replication-group",
      ) as GraphNode<"aws.elasticache.replication_group">;
      expect(sessions.region).toBe(r);
      expect(sessions.props.globalReplicationGroupId).toBeUndefined();
      expect([sessions.props.nodeType, sessions.props.numCacheClusters]).toEqual([
        primarySessions.props.nodeType,
        primarySessions.props.numCacheClusters,
      ]);
      for (const id of ["security.kms.key", "ops.alarms.topic", "ops.logs.bucket", "network.vpc"])
        expect(byId.get(`${r}.${id}`)?.region).toBe(r);
      for (const alarm of ["cpu", "connections", "replication-lag"])
        expect(byId.get(`${r}.ops.alarm.orders-db.${alarm}`)?.region).toBe(r);
    },
  );

  it("has the primary cluster forward writes too, for when a failover demotes it", () => {
    const primary = byId.get("orders-db.cluster") as GraphNode<"aws.rds.cluster">;
    expect(primary.props.enableGlobalWriteForwarding).toBe(true);
    expect(primary.reason.calculation.at(-1)).toMatch(/^write forwarding on the primary as well/);
  });

  it("builds no Global Datastore and no datastore lag alarm for the active-active caches", () => {
    expect(
      graph.nodes
        .filter(
          (n) =>
            n.kind === "aws.elasticache.global_replication_group" ||
            (n.props as { metricName?: string }).metricName === "GlobalDatastoreReplicationLag",
        )
        .map((n) => n.id),
    ).toEqual([]);
    expect(
      graph.nodes
        .filter((n) => n.kind === "aws.elasticache.replication_group")
        .map((n) => [n.id, (n.props as { nodeType: string }).nodeType]),
    ).toEqual([
      ["eu-west-1.sessions.replication-group", "cache.r7g.large"],
      ["sessions.replication-group", "cache.r7g.large"],
      ["us-west-2.sessions.replication-group", "cache.r7g.large"],
    ]);
  });

  it("gives each region its own non-overlapping /16", () => {
    const cidr = (id: string) => (byId.get(id) as GraphNode<"aws.ec2.vpc">).props.cidrBlock;
    expect([
      cidr("network.vpc"),
      cidr("us-west-2.network.vpc"),
      cidr("eu-west-1.network.vpc"),
    ]).toEqual(["10.0.0.0/16", "10.2.0.0/16", "10.3.0.0/16"]);
  });

  it("replicates the table, the master secret and the backups to the regions, each on its region's key", () => {
    const table = byId.get("carts.table") as GraphNode<"aws.dynamodb.table">;
    expect(table.props.replicaRegions).toEqual(["us-west-2", "eu-west-1"]);
    expect(table.props.replicaKmsKeyArns).toEqual({
      "us-west-2": { ref: "us-west-2.security.kms.key", attr: "arn" },
      "eu-west-1": { ref: "eu-west-1.security.kms.key", attr: "arn" },
    });
    const secret = byId.get("orders-db.master-secret") as GraphNode<"aws.secretsmanager.secret">;
    expect(secret.props.replicas).toEqual([
      { region: "us-west-2", kmsKeyId: { ref: "us-west-2.security.kms.key", attr: "arn" } },
      { region: "eu-west-1", kmsKeyId: { ref: "eu-west-1.security.kms.key", attr: "arn" } },
    ]);
    const plan = byId.get("recovery.backup.plan") as GraphNode<"aws.backup.plan">;
    expect(plan.props.rules[0]!.copyTo?.destinationVaultArn).toEqual({
      ref: "us-west-2.recovery.backup.vault",
      attr: "arn",
    });
  });

  it.each(REGIONS)("%s references nothing outside it but the intentional global links", (r) => {
    const outside = outsideReferences(graph, r);
    expect(outside.length).toBeGreaterThan(0);
    for (const text of outside)
      expect(
        INTENTIONAL.some(([pattern]) => pattern.test(text)),
        text,
      ).toBe(true);
  });
});

/** The base document served from two regions with `routing`. */
function twoRegions(routing: IntentInput["routing"], rtoMinutes = 30) {
  return resolveIntent(
    baseDocument({
      regions: ["us-west-2"],
      ...(routing !== undefined ? { routing } : {}),
      availability: "99.99",
      disasterRecovery: { rtoMinutes, rpoMinutes: 5 },
    }),
  );
}

describe("decideRecovery with serving regions", () => {
  it("is active-active with latency (the default), geolocation or weighted routing, with no IDIO428", () => {
    for (const routing of [undefined, { policy: "weighted" as const }]) {
      const intent = twoRegions(routing, 2);
      const decision = decideRecovery(intent);
      expect(decision).toMatchObject({
        strategy: "active-active",
        builds: "active-active",
        regional: true,
        copiesBackups: true,
        replicatesData: true,
        tiersInDr: false,
        standbyShare: 1,
        unmet: [],
      });
      const { graph, diagnostics } = compile(intent);
      expect(diagnostics.filter((d) => d.code === "IDIO428")).toEqual([]);
      expect(
        (graph!.nodes.find((n) => n.id === "us-west-2.web.service") as GraphNode<"aws.ecs.service">)
          .props.desiredCount,
      ).toBe(
        (graph!.nodes.find((n) => n.id === "web.service") as GraphNode<"aws.ecs.service">).props
          .desiredCount,
      );
    }
  });

  it("keeps the other region as a warm standby at a quarter of the minimum with failover routing", () => {
    const intent = twoRegions({ policy: "failover" });
    expect(decideRecovery(intent)).toMatchObject({
      strategy: "warm-standby",
      builds: "warm-standby",
      standbyShare: 0.25,
      unmet: [],
    });
    const { graph } = compile(intent);
    const service = (id: string) =>
      graph!.nodes.find((n) => n.id === id) as GraphNode<"aws.ecs.service">;
    expect(service("web.service").props.desiredCount).toBe(3);
    expect(service("us-west-2.web.service").props.desiredCount).toBe(1);
    // One running instance in the standby's cluster, as a DR secondary keeps.
    expect(
      graph!.nodes.filter((n) => n.id.startsWith("us-west-2.db.reader.")).map((n) => n.id),
    ).toEqual(["us-west-2.db.reader.a"]);
  });

  it("warns (IDIO428) when failover routing cannot reach an RTO of minutes", () => {
    const { diagnostics } = compile(twoRegions({ policy: "failover" }, 3));
    expect(diagnostics.filter((d) => d.code === "IDIO428").map((d) => [d.message, d.hint])).toEqual(
      [
        [
          "RTO 3 min needs active-active: failover routing keeps us-west-2 as a warm standby, which must scale out before it carries the primary's load (RTO minutes).",
          "Set routing.policy to latency, geolocation or weighted: every region then serves at full capacity; or accept rtoMinutes 5 or more.",
        ],
      ],
    );
  });

  it("without regions, names `regions` as what reaches an RTO under 5 minutes (IDIO428)", () => {
    const intent = resolveIntent(
      baseDocument({
        availability: "99.99",
        disasterRecovery: { rtoMinutes: 3, rpoMinutes: 5, crossRegionReplication: true },
      }),
    );
    const warning = compile(intent).diagnostics.find(
      (d) => d.code === "IDIO428" && d.message.startsWith("RTO 3 min needs active-active"),
    );
    expect(warning?.hint).toBe(
      "List the other region under `regions` (e.g. regions: [us-west-2], instead of drRegion) to serve from both at full capacity, billed in both; or accept an RTO of 5 minutes or more.",
    );
  });
});

/** Other shapes served from two regions: Lambda with a static site, EC2 with queues, streams and buckets, CloudFront in front. */
const VARIANTS: Record<string, Partial<IntentInput>> = {
  "lambda api, static site, table": {
    tiers: [
      { name: "site", type: "static-site" },
      { name: "api", type: "api", compute: "lambda", connectsTo: ["orders"] },
      { name: "orders", type: "nosql" },
    ],
  },
  "ec2 web, queue, worker, bucket, mysql, stream": {
    tiers: [
      { name: "web", type: "web", compute: "ec2", expectedRps: 200, connectsTo: ["jobs", "db"] },
      { name: "jobs", type: "queue" },
      { name: "worker", type: "worker", connectsTo: ["jobs", "files"] },
      { name: "files", type: "storage" },
      { name: "db", type: "database", engine: "mysql" },
      { name: "events", type: "stream" },
    ],
  },
  "web behind cloudfront": {
    tiers: [{ name: "web", type: "web", edge: "cloudfront", expectedRps: 50 }],
  },
};

describe.each(Object.keys(VARIANTS))("served from eu-west-1 too: %s", (name) => {
  it.each(["latency", "failover"] as const)(
    "%s routing: eu-west-1 references nothing outside it but the global links",
    (policy) => {
      const { graph, diagnostics } = compile(
        resolveIntent(
          baseDocument({
            regions: ["eu-west-1"],
            routing: { policy },
            compliance: ["pci-dss"],
            ...VARIANTS[name],
          }),
        ),
      );
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const outside = outsideReferences(graph!, "eu-west-1");
      for (const text of outside)
        expect(
          INTENTIONAL.some(([pattern]) => pattern.test(text)),
          text,
        ).toBe(true);
    },
  );
});
