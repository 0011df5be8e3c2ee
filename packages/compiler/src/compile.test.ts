import type { IntentInput } from "@idio-iac/intent-schema";
import { checkGraph, type GraphNode, type Kind, type ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { CompileCode } from "./diagnostic-codes.js";
import { orderGraph } from "./order-graph.js";
import { baseDocument, exampleNames, loadExample, resolveIntent } from "./test-support/intents.js";
import {
  literalSecrets,
  nameLimitViolations,
  openIngressViolations,
  orderViolations,
  wildcardAllows,
} from "./test-support/invariants.js";

function node<K extends Kind>(graph: ResourceGraph, id: string, kind: K): GraphNode<K> {
  const found = graph.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  expect(found.kind).toBe(kind);
  return found as GraphNode<K>;
}

function ofKind<K extends Kind>(graph: ResourceGraph, kind: K): GraphNode<K>[] {
  return graph.nodes.filter((n) => n.kind === kind) as GraphNode<K>[];
}

function compileExample(name: string): ResourceGraph {
  const { intent, source } = loadExample(name);
  const result = compile(intent, { source });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.graph!;
}

describe("every example", () => {
  it.each(exampleNames())("%s compiles into a sound, ordered, least-privilege graph", (name) => {
    const graph = compileExample(name);
    expect(checkGraph(graph)).toEqual([]);
    const ordered = orderGraph(graph);
    expect(ordered.diagnostics).toEqual([]);
    expect(orderViolations(graph, ordered.order!)).toEqual([]);
    expect(ordered.rollback).toEqual([...ordered.order!].reverse());
    expect(openIngressViolations(graph)).toEqual([]);
    expect(wildcardAllows(graph)).toEqual([]);
    expect(literalSecrets(graph)).toEqual([]);
    expect(nameLimitViolations(graph)).toEqual([]);
    const ids = graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    for (const n of graph.nodes) {
      expect(n.reason.summary.length, n.id).toBeGreaterThan(10);
      expect(n.id, "ids are readable, never counters").not.toMatch(/\.\d+(\.|$)/);
    }
  });
});

describe("ecommerce-platform (issue 3, Done when)", () => {
  const graph = compileExample("ecommerce-platform");

  it("runs web 10-100 and api 20-200 on ECS behind load balancers, the public one with WAF", () => {
    expect(node(graph, "web.service", "aws.ecs.service").props.launchType).toBe("FARGATE");
    expect(node(graph, "web.scaling.target", "aws.appautoscaling.target").props).toMatchObject({
      minCapacity: 10,
      maxCapacity: 100,
    });
    expect(node(graph, "api.scaling.target", "aws.appautoscaling.target").props).toMatchObject({
      minCapacity: 20,
      maxCapacity: 200,
    });
    expect(node(graph, "web.alb", "aws.elbv2.load_balancer").props.internal).toBe(false);
    expect(node(graph, "api.alb", "aws.elbv2.load_balancer").props.internal).toBe(true);
    const association = node(graph, "web.waf.association", "aws.wafv2.web_acl_association");
    expect(association.props.resourceArn.ref).toBe("web.alb");
    expect(
      node(graph, "web.alb.listener.https", "aws.elbv2.listener").props.certificateArn?.ref,
    ).toBe("edge.certificate.validation");
  });

  it("has a Multi-AZ Aurora database sized for 500 GB", () => {
    const cluster = node(graph, "db.cluster", "aws.rds.cluster");
    expect(cluster.props).toMatchObject({
      engine: "aurora-postgresql",
      storageEncrypted: true,
      // A global database: RDS cannot manage the password, so IDIO's secret holds it.
      manageMasterUserPassword: false,
      masterPasswordSecret: { ref: "db.master-secret", attr: "arn" },
      databaseName: "app",
      deletionProtection: true,
    });
    const instances = ofKind(graph, "aws.rds.cluster_instance").filter(
      (n) => n.region === "primary",
    );
    expect(new Set(instances.map((i) => i.props.availabilityZone))).toEqual(
      new Set(["us-east-1a", "us-east-1b", "us-east-1c"]),
    );
    expect(cluster.reason.calculation.join("\n")).toContain("500 GB x 10% hot data");
    expect(instances[0]!.props.instanceClass).toBe("db.r7g.2xlarge");
  });

  it("has a Multi-AZ cache with automatic failover", () => {
    expect(
      node(graph, "cache.replication-group", "aws.elasticache.replication_group").props,
    ).toMatchObject({
      multiAz: true,
      automaticFailover: true,
      numCacheClusters: 3,
      transitEncryption: true,
    });
  });

  it("spreads over three AZs with one NAT gateway per AZ; the pilot light's DR VPC has one", () => {
    const subnets = ofKind(graph, "aws.ec2.subnet").filter((s) => s.region === "primary");
    expect(subnets).toHaveLength(9);
    expect(new Set(subnets.map((s) => s.props.availabilityZone)).size).toBe(3);
    const nats = ofKind(graph, "aws.ec2.nat_gateway");
    expect(nats.map((n) => n.id)).toEqual([
      "dr.network.nat.a",
      "network.nat.a",
      "network.nat.b",
      "network.nat.c",
    ]);
  });

  it("keeps backups 30 days and copies them to the DR region", () => {
    const plan = node(graph, "recovery.backup.plan", "aws.backup.plan");
    const daily = plan.props.rules.find((r) => r.name === "daily")!;
    expect(daily.deleteAfterDays).toBe(30);
    expect(daily.copyTo?.destinationVaultArn.ref).toBe("dr.recovery.backup.vault");
    expect(node(graph, "dr.recovery.backup.vault", "aws.backup.vault").region).toBe("dr");
    expect(graph.drRegion).toBe("us-west-2");
  });

  it("has alarms for every tier, a dashboard, and a budget alerting at 90% of $10,000", () => {
    const alarmed = new Set(ofKind(graph, "aws.cloudwatch.metric_alarm").map((a) => a.tier));
    // null: the platform's backup-job alarms.
    expect([...alarmed].sort()).toEqual(["api", "cache", "db", null, "web"]);
    expect(ofKind(graph, "aws.cloudwatch.dashboard")).toHaveLength(1);
    const budget = node(graph, "ops.budget", "aws.budgets.budget");
    expect(budget.props.limitAmountUsd).toBe("10000");
    expect(budget.props.notifications[0]).toMatchObject({
      notificationType: "ACTUAL",
      thresholdPercent: 90,
    });
    expect(budget.reason.calculation).toEqual(["$10000 x 90% = $9000"]);
  });

  it("lets only the api reach the database, on 5432", () => {
    const ingress = ofKind(graph, "aws.ec2.security_group_ingress").filter(
      (r) => r.props.securityGroupId.ref === "db.sg",
    );
    expect(
      ingress.map((r) => [r.props.sourceSecurityGroupId?.ref, r.props.fromPort, r.props.toPort]),
    ).toEqual([["api.sg", 5432, 5432]]);
  });

  it("connects the api with IAM database authentication as its own user, never with the master secret", () => {
    const task = node(graph, "api.task", "aws.ecs.task_definition");
    expect(task.props.container.secrets.filter((s) => s.name.startsWith("DB_"))).toEqual([]);
    expect(task.props.container.environment.filter((e) => e.name.startsWith("DB_"))).toEqual([
      { name: "DB_HOST", value: { ref: "db.cluster", attr: "endpoint" } },
      { name: "DB_PORT", value: "5432" },
      { name: "DB_NAME", value: "app" },
      { name: "DB_USER", value: "app_api" },
      { name: "DB_IAM_AUTH", value: "true" },
      { name: "DB_READER_HOST", value: { ref: "db.cluster", attr: "readerEndpoint" } },
    ]);
    const role = node(graph, "api.task.role", "aws.iam.role");
    const connect = role.props.inlinePolicies
      .flatMap((p) => p.statements)
      .find((s) => s.sid === "Connectdb");
    expect(connect).toEqual({
      sid: "Connectdb",
      effect: "Allow",
      actions: ["rds-db:connect"],
      resources: [
        {
          join: [
            "arn:aws:rds-db:us-east-1:*:dbuser:",
            { ref: "db.cluster", attr: "resourceId" },
            "/app_api",
          ],
        },
      ],
    });
    const secret = node(graph, "db.master-secret", "aws.secretsmanager.secret");
    expect(secret.props.replicas).toEqual([
      { region: "us-west-2", kmsKeyId: { ref: "dr.security.kms.key", attr: "arn" } },
    ]);
  });
});

describe("decisions beyond the examples", () => {
  describe("CloudFront's certificate and web ACL, which CloudFront takes only from us-east-1", () => {
    const siteIntent = (region: string) =>
      resolveIntent(
        baseDocument({
          region,
          domain: "shop.example.com",
          security: { wafEnabled: true },
          tiers: [
            { name: "site", type: "static-site" },
            { name: "web", type: "web", trafficPattern: "steady", expectedRps: 100 },
          ],
        } as Partial<IntentInput>),
      );

    it("are edge (us-east-1) nodes in an eu-central-1 plan, with the domain and WAF kept", () => {
      const result = compile(siteIntent("eu-central-1"));
      const graph = result.graph!;
      // IDIO413 (retired) used to report these as dropped.
      expect(result.diagnostics.map((d) => d.code)).not.toContain("IDIO413");
      const certificate = node(graph, "edge.certificate.cloudfront", "aws.acm.certificate");
      expect(certificate.region).toBe("edge");
      expect(certificate.props).toEqual({
        domainName: "shop.example.com",
        subjectAlternativeNames: ["*.shop.example.com"],
        validationMethod: "DNS",
        validationZoneId: { ref: "edge.dns.zone", attr: "id" },
      });
      // Validated next to the certificate, in us-east-1.
      expect(
        node(graph, "edge.certificate.cloudfront.validation", "aws.acm.certificate_validation")
          .region,
      ).toBe("edge");
      const acl = node(graph, "edge.waf.cloudfront", "aws.wafv2.web_acl");
      expect(acl.region).toBe("edge");
      expect(acl.props.scope).toBe("CLOUDFRONT");
      const distribution = node(graph, "site.distribution", "aws.cloudfront.distribution");
      expect(distribution.props.aliases).toEqual(["shop.example.com"]);
      expect(distribution.props.certificateArn).toEqual({
        ref: "edge.certificate.cloudfront.validation",
        attr: "certificateArn",
      });
      expect(distribution.props.webAclArn).toEqual({ ref: "edge.waf.cloudfront", attr: "arn" });
      // The load balancer keeps its own certificate and regional ACL in eu-central-1.
      expect(node(graph, "edge.certificate", "aws.acm.certificate").region).toBe("primary");
      expect(node(graph, "edge.waf", "aws.wafv2.web_acl").props.scope).toBe("REGIONAL");
      expect(graph.nodes.filter((n) => n.region === "edge").map((n) => n.id)).toEqual([
        "edge.certificate.cloudfront",
        "edge.certificate.cloudfront.validation",
        "edge.dns.zone",
        "edge.waf.cloudfront",
      ]);
      expect(checkGraph(graph)).toEqual([]);
    });

    it("stay primary in a us-east-1 plan, the certificate shared with the load balancer", () => {
      const result = compile(siteIntent("us-east-1"));
      const graph = result.graph!;
      expect(graph.nodes.filter((n) => n.region === "edge")).toEqual([]);
      expect(node(graph, "edge.waf.cloudfront", "aws.wafv2.web_acl").region).toBe("primary");
      expect(node(graph, "edge.certificate", "aws.acm.certificate").region).toBe("primary");
      expect(graph.nodes.some((n) => n.id === "edge.certificate.cloudfront")).toBe(false);
      expect(
        node(graph, "site.distribution", "aws.cloudfront.distribution").props.certificateArn,
      ).toEqual({ ref: "edge.certificate.validation", attr: "certificateArn" });
    });
  });

  it("refuses `edge: none` on a public tier that must use TLS without a domain, at its edge", () => {
    const document = baseDocument({ domain: undefined });
    const tiers = document.tiers!.map((tier, index) =>
      index === 0 ? { ...tier, edge: "none" as const } : tier,
    );
    const result = compile(resolveIntent({ ...document, tiers }));
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics).toMatchObject([
      { code: CompileCode.TlsNeedsDomain, severity: "error", path: "/tiers/0/edge" },
    ]);
  });

  it("rejects a Lambda tier sized beyond one function, at the size's line", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          { name: "resize", type: "function", memoryMb: 16384 },
          { name: "jobs", type: "queue" },
        ],
      } as Partial<IntentInput>),
    );
    const result = compile(intent);
    expect(result.graph).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === "error")).toMatchObject([
      { code: CompileCode.LambdaTooLarge, path: "/tiers/0/memoryMb" },
    ]);
  });

  it("moves an auto-selected worker too large for Lambda onto Fargate", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          { name: "jobs", type: "queue" },
          {
            name: "crunch",
            type: "worker",
            trafficPattern: "batch",
            memoryMb: 32768,
            cpu: 4,
            connectsTo: ["jobs"],
          },
        ],
      } as Partial<IntentInput>),
    );
    const graph = compile(intent).graph!;
    expect(graph.nodes.some((n) => n.kind === "aws.lambda.function")).toBe(false);
    expect(node(graph, "crunch.task", "aws.ecs.task_definition").props.memory).toBe(32768);
  });

  it("uses plain HTTP only when TLS is turned off and no framework requires it", () => {
    const intent = resolveIntent(
      baseDocument({
        domain: undefined,
        environment: "development",
        security: { encryptionInTransit: false },
      }),
    );
    const graph = compile(intent).graph!;
    expect(node(graph, "web.alb.listener.http", "aws.elbv2.listener").props.protocol).toBe("HTTP");
    expect(graph.nodes.some((n) => n.kind === "aws.acm.certificate")).toBe(false);
  });

  it("puts an RDS replica in the DR region when the RPO is shorter than a day", () => {
    const intent = resolveIntent(
      baseDocument({
        availability: "99.95",
        disasterRecovery: { crossRegionReplication: true, rpoMinutes: 60 },
      }),
    );
    const graph = compile(intent).graph!;
    const replica = node(graph, "dr.db.replica", "aws.rds.instance");
    expect(replica.region).toBe("dr");
    expect(replica.props.replicateSourceDb).toEqual({ ref: "db.instance", attr: "arn" });
    expect(replica.props.kmsKeyId?.ref).toBe("dr.security.kms.key");
  });

  it("moves to Aurora with readers when load exceeds the largest instance", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          { name: "api", type: "api", expectedRps: 200000, connectsTo: ["db"] },
          { name: "db", type: "database", engine: "postgres", dataSizeGb: 100 },
        ],
      }),
    );
    const graph = compile(intent).graph!;
    const cluster = node(graph, "db.cluster", "aws.rds.cluster");
    expect(cluster.props.engine).toBe("aurora-postgresql");
    const readers = ofKind(graph, "aws.rds.cluster_instance").map((i) => i.id);
    expect(readers).toEqual([
      "db.reader.a2",
      "db.reader.a3",
      "db.reader.b",
      "db.reader.b2",
      "db.writer",
    ]);
    expect(cluster.reason.calculation.join("\n")).toContain(
      "read load: 400 vCPU x 80% reads / 64 vCPU per reader = 5 instances' worth -> 4 readers (at most 15)",
    );
  });

  it("relies on daily backup copies when the RPO allows a day", () => {
    const intent = resolveIntent(
      baseDocument({ disasterRecovery: { crossRegionReplication: true, rpoMinutes: 1440 } }),
    );
    const graph = compile(intent).graph!;
    expect(graph.nodes.some((n) => n.id.startsWith("dr.db."))).toBe(false);
    expect(graph.nodes.some((n) => n.id === "dr.recovery.backup.vault")).toBe(true);
  });

  it("uses one NAT gateway and no Multi-AZ outside production", () => {
    const intent = resolveIntent(baseDocument({ environment: "development" }));
    const graph = compile(intent).graph!;
    expect(ofKind(graph, "aws.ec2.nat_gateway")).toHaveLength(1);
    expect(node(graph, "db.instance", "aws.rds.instance").props).toMatchObject({
      multiAz: false,
      deletionProtection: false,
      skipFinalSnapshot: true,
    });
  });

  it("keeps HIPAA backups six years as monthly recovery points, dailies as the intent asks", () => {
    const graph = compileExample("healthcare-hipaa");
    const plan = node(graph, "recovery.backup.plan", "aws.backup.plan");
    const rule = (name: string) => plan.props.rules.find((r) => r.name === name)!;
    expect(rule("daily").deleteAfterDays).toBe(35);
    expect(rule("monthly")).toMatchObject({ deleteAfterDays: 2190, schedule: "cron(0 5 1 * ? *)" });
    expect(rule("monthly").copyTo?.deleteAfterDays).toBe(2190);
    expect(plan.reason.calculation.join("\n")).toContain("hipaa requires >= 2190");
    expect(node(graph, "api.log-group", "aws.logs.log_group").props.retentionInDays).toBe(2192);
  });

  it("backs up buckets with AWS Backup only for regulated data; versioning covers the rest", () => {
    const pipeline = compileExample("data-pipeline");
    const selection = node(pipeline, "recovery.backup.selection", "aws.backup.selection");
    expect(selection.props.resources.map((r) => r.ref)).toEqual(["reporting.cluster"]);
    const hipaa = compileExample("healthcare-hipaa");
    const regulated = node(hipaa, "recovery.backup.selection", "aws.backup.selection");
    expect(regulated.props.resources.map((r) => r.ref)).toContain("documents.bucket");
  });

  it("warns about a container worker that may scale to zero with nothing to start it", () => {
    const { intent, source } = loadExample("data-pipeline");
    expect(compile(intent, { source }).diagnostics).toMatchObject([
      { code: CompileCode.WorkerNeverStarts, severity: "warning", path: "/tiers/3/scaling/min" },
    ]);
  });

  it("warns that an HTTP API cannot carry the WAF the intent asks for", () => {
    const { intent, source } = loadExample("serverless-api");
    const result = compile(intent, { source });
    expect(result.diagnostics).toMatchObject([
      { code: CompileCode.WafUnsupportedEntry, severity: "warning", line: 15 },
    ]);
  });

  it("serves the serverless API at its domain: custom domain, mapping and alias records", () => {
    const graph = compileExample("serverless-api");
    expect(node(graph, "api.http-api.domain", "aws.apigatewayv2.domain_name").props).toEqual({
      domainName: "api.links.example",
      certificateArn: { ref: "edge.certificate.validation", attr: "certificateArn" },
      endpointType: "REGIONAL",
      securityPolicy: "TLS_1_2",
      ipAddressType: "dualstack",
    });
    expect(node(graph, "edge.certificate", "aws.acm.certificate").props.domainName).toBe(
      "api.links.example",
    );
    expect(node(graph, "api.http-api.mapping", "aws.apigatewayv2.api_mapping").props).toEqual({
      apiId: { ref: "api.http-api", attr: "id" },
      domainName: { ref: "api.http-api.domain", attr: "id" },
      stage: { ref: "api.http-api.stage", attr: "id" },
    });
    for (const type of ["a", "aaaa"] as const) {
      const record = node(graph, `api.dns.${type}`, "aws.route53.record").props;
      expect(record.name).toBe("api.links.example");
      expect(record.zoneId).toEqual({ ref: "edge.dns.zone", attr: "id" });
      expect(record.alias).toEqual({
        name: { ref: "api.http-api.domain", attr: "targetDomainName" },
        zoneId: { ref: "api.http-api.domain", attr: "hostedZoneId" },
        evaluateTargetHealth: false,
      });
      expect(record.url).toBe(type === "a" ? "https://api.links.example" : undefined);
    }
  });

  it("wires a queue consumer Lambda with an event source and a 6x visibility timeout", () => {
    const graph = compileExample("serverless-api");
    expect(
      node(graph, "click-aggregator.source.clicks", "aws.lambda.event_source_mapping").props
        .eventSourceArn,
    ).toEqual({ ref: "clicks.queue", attr: "arn" });
    expect(node(graph, "clicks.queue", "aws.sqs.queue").props.visibilityTimeoutSeconds).toBe(360);
  });

  it("prefixes a tier whose name is a shared area, so ids never collide", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          { name: "network", type: "web", connectsTo: ["ops"] },
          { name: "ops", type: "database" },
        ],
      }),
    );
    const graph = compile(intent).graph!;
    expect(graph.nodes.some((n) => n.id === "tier.network.service")).toBe(true);
    expect(graph.nodes.some((n) => n.id === "tier.ops.instance")).toBe(true);
  });

  it("runs a warm standby in the DR region at 99.999", () => {
    const intent = resolveIntent(
      baseDocument({
        availability: "99.999",
        tiers: [
          {
            name: "web",
            type: "web",
            trafficPattern: "seasonal",
            scaling: { min: 8, max: 40 },
            connectsTo: ["api"],
          },
          { name: "api", type: "api", expectedRps: 500, connectsTo: ["db", "cache", "jobs"] },
          { name: "db", type: "database", dataSizeGb: 100 },
          { name: "cache", type: "cache", dataSizeGb: 2 },
          { name: "jobs", type: "queue" },
          { name: "worker", type: "worker", trafficPattern: "spiky", connectsTo: ["jobs"] },
        ],
      }),
    );
    const result = compile(intent);
    expect(result.diagnostics).toEqual([]);
    const graph = result.graph!;
    expect(graph.drRegion).toBe("us-west-2");
    const standby = node(graph, "dr.web.service", "aws.ecs.service");
    expect(standby.region).toBe("dr");
    expect(node(graph, "dr.web.scaling.target", "aws.appautoscaling.target").props).toMatchObject({
      minCapacity: 2,
      maxCapacity: 40,
    });
    expect(standby.reason.calculation.join("\n")).toContain(
      "warm standby in us-west-2: ceil(8 x 25%) = 2 running, up to 40 on failover",
    );
    expect(
      node(graph, "dr.web.alb.listener.https", "aws.elbv2.listener").props.certificateArn?.ref,
    ).toBe("dr.edge.certificate.validation");
    expect(node(graph, "dr.db.cluster", "aws.rds.cluster").props.globalClusterIdentifier?.ref).toBe(
      "db.global-cluster",
    );
    expect(node(graph, "dr.db.reader.a", "aws.rds.cluster_instance").region).toBe("dr");
    // The standby's API reaches the DR database and cache, on their ports only.
    const ingress = ofKind(graph, "aws.ec2.security_group_ingress").filter(
      (r) => r.region === "dr" && r.props.securityGroupId.ref === "dr.db.sg",
    );
    expect(ingress.map((r) => r.props.sourceSecurityGroupId?.ref)).toEqual(["dr.api.sg"]);
    const env = node(graph, "dr.api.task", "aws.ecs.task_definition").props.container.environment;
    expect(env.find((e) => e.name === "DB_HOST")?.value).toEqual({
      ref: "dr.db.cluster",
      attr: "endpoint",
    });
    expect(env.find((e) => e.name === "JOBS_QUEUE_URL")?.value).toEqual({
      ref: "dr.jobs.queue",
      attr: "url",
    });
    expect(
      node(graph, "dr.worker.source.jobs", "aws.lambda.event_source_mapping").props.eventSourceArn
        .ref,
    ).toBe("dr.jobs.queue");
    // Alarms in the DR region notify the DR topic: alarm actions are regional.
    for (const alarm of ofKind(graph, "aws.cloudwatch.metric_alarm").filter(
      (a) => a.region === "dr",
    )) {
      expect(alarm.props.alarmActions).toEqual([{ ref: "dr.ops.alarms.topic", attr: "arn" }]);
    }
    // The standby takes production traffic after failover, so it keeps one NAT gateway per AZ.
    expect(ofKind(graph, "aws.ec2.nat_gateway").filter((n) => n.region === "dr")).toHaveLength(3);
    expect(openIngressViolations(graph)).toEqual([]);
    expect(orderViolations(graph, orderGraph(graph).order!)).toEqual([]);
  });

  it("keeps names within AWS limits for the longest app and tier names", () => {
    const long = "abcdefghijklmnopqrstuvwx"; // 24, the longest tier name
    const intent = resolveIntent(
      baseDocument({
        name: "a-very-long-application-name-32c",
        availability: "99.999",
        tiers: [
          {
            name: long,
            type: "api",
            trafficPattern: "spiky",
            connectsTo: [`${long.slice(0, 23)}z`, "files"],
          },
          { name: `${long.slice(0, 23)}z`, type: "database" },
          { name: "files", type: "storage" },
        ],
      }),
    );
    const graph = compile(intent).graph!;
    expect(graph.nodes.some((n) => n.id === `dr.${long}.function`)).toBe(true);
    expect(nameLimitViolations(graph)).toEqual([]);
  });

  it("is deterministic", () => {
    const { intent, source } = loadExample("global-ecommerce");
    expect(JSON.stringify(compile(intent, { source }))).toBe(
      JSON.stringify(compile(intent, { source })),
    );
  });
});

describe("scale", () => {
  it("caps the dashboard at CloudWatch's 500 widgets and says so", () => {
    const tiers = Array.from({ length: 120 }, (_, i) => [
      {
        name: `api-${i}`,
        type: "api" as const,
        compute: "lambda" as const,
        connectsTo: [`q-${i}`],
      },
      { name: `q-${i}`, type: "queue" as const },
    ]).flat();
    const result = compile(resolveIntent(baseDocument({ tiers })));
    const dashboard = result.graph!.nodes.find((n) => n.id === "ops.dashboard")!;
    expect(dashboard.kind === "aws.cloudwatch.dashboard" && dashboard.props.widgets.length).toBe(
      500,
    );
    expect(
      result.diagnostics.filter((d) => d.code === CompileCode.DashboardTruncated),
    ).toHaveLength(1);
  });
});
