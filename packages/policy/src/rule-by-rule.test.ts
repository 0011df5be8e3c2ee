/**
 * Rule by rule: the compiled every-kind graph, auto-fixed, has no findings;
 * breaking it in one place must produce exactly the finding of the rule that
 * guards that place, and (when the rule is fixable) auto-fix must remove it.
 */
import { describe, expect, it } from "vitest";
import { autoFix } from "./auto-fix.js";
import { evaluatePolicies } from "./evaluate-policies.js";
import { builtinRules } from "./rules.js";
import { severityFor } from "./severity.js";
import {
  addNode,
  frozen,
  loadLab,
  mutableCopy,
  nodeOf,
  type MutableGraph,
} from "./test-support/lab-graph.js";
import type { PolicyContext } from "./types.js";

interface Case {
  /** The node the finding names (null for a plan-wide finding). */
  readonly resource: string | null;
  readonly breakGraph: (graph: MutableGraph, tags: Record<string, string>) => void;
  /** A narrower context, when breaking the rule would also break a stricter one. */
  readonly context?: (context: PolicyContext) => PolicyContext;
}

const ref = (id: string, attr = "id") => ({ ref: id, attr });
const bucket = (g: MutableGraph) => nodeOf(g, "aws.s3.bucket", (n) => n.id === "uploads.bucket");
const database = (g: MutableGraph) => nodeOf(g, "aws.rds.instance", (n) => n.region === "primary");
const table = (g: MutableGraph) => nodeOf(g, "aws.dynamodb.table");
const cache = (g: MutableGraph) => nodeOf(g, "aws.elasticache.replication_group");
const publicLb = (g: MutableGraph) =>
  nodeOf(g, "aws.elbv2.load_balancer", (n) => n.props.internal === false);
const httpsListener = (g: MutableGraph) =>
  nodeOf(
    g,
    "aws.elbv2.listener",
    (n) => n.props.protocol === "HTTPS" && n.props.loadBalancerArn.ref === publicLb(g).id,
  );
const trail = (g: MutableGraph) => nodeOf(g, "aws.cloudtrail.trail");
const taskRole = (g: MutableGraph) => nodeOf(g, "aws.iam.role", (n) => n.id === "api.task.role");
const grant = (g: MutableGraph, statement: object) =>
  taskRole(g).props.inlinePolicies.push({
    name: "test",
    statements: [{ sid: "Test", effect: "Allow", ...statement }],
  });
const withoutKms = (context: PolicyContext): PolicyContext => ({
  ...context,
  compliance: [],
  security: { ...context.security, encryptionAtRest: false },
});

const CASES: Record<string, Case> = {
  "IDIO-S3-001": {
    resource: "uploads.bucket",
    breakGraph: (g) => (bucket(g).props.publicAccessBlock.blockPublicAcls = false),
  },
  "IDIO-S3-002": {
    resource: "uploads.bucket",
    breakGraph: (g) =>
      (bucket(g).props.encryption = { algorithm: "AES256", bucketKeyEnabled: false }),
  },
  "IDIO-S3-003": {
    resource: "uploads.bucket",
    breakGraph: (g) => {
      const policy = nodeOf(
        g,
        "aws.s3.bucket_policy",
        (n) => n.props.bucket.ref === "uploads.bucket",
      );
      policy.props.statements = policy.props.statements.filter(
        (s: { sid: string }) => s.sid !== "DenyInsecureTransport",
      );
    },
  },
  "IDIO-S3-004": {
    resource: "uploads.bucket",
    breakGraph: (g) =>
      nodeOf(
        g,
        "aws.s3.bucket_policy",
        (n) => n.props.bucket.ref === "uploads.bucket",
      ).props.statements.push({
        sid: "PublicRead",
        effect: "Allow",
        actions: ["s3:GetObject"],
        resources: [{ join: [ref("uploads.bucket", "arn"), "/*"] }],
        principals: { aws: ["*"] },
      }),
  },
  "IDIO-S3-005": {
    resource: "uploads.bucket",
    breakGraph: (g) => (bucket(g).props.versioning = false),
  },
  "IDIO-S3-006": {
    resource: "uploads.bucket",
    breakGraph: (g) => delete bucket(g).props.replication,
  },
  "IDIO-S3-007": {
    resource: "uploads.bucket",
    breakGraph: (g) => delete bucket(g).props.accessLogging,
  },
  "IDIO-S3-008": {
    resource: "uploads.bucket",
    breakGraph: (g) => (bucket(g).props.objectOwnership = "ObjectWriter"),
  },
  "IDIO-RDS-001": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.storageEncrypted = false),
  },
  "IDIO-RDS-002": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.publiclyAccessible = true),
  },
  "IDIO-RDS-003": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.multiAz = false),
  },
  "IDIO-RDS-004": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.backupRetentionDays = 3),
  },
  "IDIO-RDS-005": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.deletionProtection = false),
  },
  "IDIO-RDS-006": {
    resource: "db.instance",
    // Without its cross-region replica, where RDS cannot manage the password (IDIO-DEPLOY-010).
    breakGraph: (g) => {
      g.nodes = g.nodes.filter((n) => n.props.replicateSourceDb?.ref !== "db.instance");
      database(g).props.manageMasterUserPassword = false;
    },
  },
  "IDIO-RDS-007": {
    resource: "db.instance",
    breakGraph: (g) => {
      const group = nodeOf(
        g,
        "aws.rds.parameter_group",
        (n) => n.id === database(g).props.parameterGroupName.ref,
      );
      group.props.parameters = group.props.parameters.filter(
        (p: { name: string }) => p.name !== "rds.force_ssl",
      );
    },
  },
  "IDIO-RDS-008": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.cloudwatchLogsExports = []),
  },
  "IDIO-RDS-009": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.skipFinalSnapshot = true),
  },
  "IDIO-RDS-010": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.autoMinorVersionUpgrade = false),
  },
  "IDIO-DDB-001": {
    resource: "orders.table",
    breakGraph: (g) => (table(g).props.pointInTimeRecovery = false),
  },
  "IDIO-DDB-002": {
    resource: "orders.table",
    breakGraph: (g) => (table(g).props.deletionProtection = false),
  },
  "IDIO-DDB-003": {
    resource: "orders.table",
    breakGraph: (g) => (table(g).props.replicaRegions = []),
  },
  "IDIO-EC-001": {
    resource: "sessions.replication-group",
    breakGraph: (g) => (cache(g).props.atRestEncryption = false),
  },
  "IDIO-EC-002": {
    resource: "sessions.replication-group",
    breakGraph: (g) => (cache(g).props.transitEncryption = false),
  },
  "IDIO-EC-003": {
    resource: "sessions.replication-group",
    breakGraph: (g) => (cache(g).props.multiAz = false),
  },
  "IDIO-SG-001": {
    resource: "test.ssh",
    breakGraph: (g, tags) =>
      addNode(
        g,
        {
          id: "test.ssh",
          kind: "aws.ec2.security_group_ingress",
          props: {
            securityGroupId: ref("batch.sg"),
            description: "ssh",
            ipProtocol: "tcp",
            fromPort: 22,
            toPort: 22,
            cidrIpv4: "0.0.0.0/0",
          },
        },
        tags,
      ),
  },
  "IDIO-SG-002": {
    resource: "test.app-port",
    breakGraph: (g, tags) =>
      addNode(
        g,
        {
          id: "test.app-port",
          kind: "aws.ec2.security_group_ingress",
          props: {
            securityGroupId: ref("api.sg"),
            description: "app",
            ipProtocol: "tcp",
            fromPort: 8080,
            toPort: 8080,
            cidrIpv4: "0.0.0.0/0",
          },
        },
        tags,
      ),
  },
  "IDIO-SG-003": {
    resource: "test.vpc-range",
    breakGraph: (g, tags) =>
      addNode(
        g,
        {
          id: "test.vpc-range",
          kind: "aws.ec2.security_group_ingress",
          props: {
            securityGroupId: ref("db.sg"),
            description: "vpc",
            ipProtocol: "tcp",
            fromPort: 5432,
            toPort: 5432,
            cidrIpv4: "10.0.0.0/16",
          },
        },
        tags,
      ),
  },
  "IDIO-SG-004": {
    resource: "test.egress",
    breakGraph: (g, tags) =>
      addNode(
        g,
        {
          id: "test.egress",
          kind: "aws.ec2.security_group_egress",
          props: {
            securityGroupId: ref("api.sg"),
            description: "all",
            ipProtocol: "-1",
            fromPort: 0,
            toPort: 0,
            cidrIpv4: "0.0.0.0/0",
          },
        },
        tags,
      ),
  },
  "IDIO-VPC-001": {
    resource: "network.vpc",
    breakGraph: (g) =>
      (g.nodes = g.nodes.filter(
        (n) => !(n.kind === "aws.ec2.flow_log" && n.props.vpcId.ref === "network.vpc"),
      )),
  },
  "IDIO-VPC-002": {
    resource: "db.subnet-group",
    breakGraph: (g) => {
      const privateSubnet = nodeOf(
        g,
        "aws.ec2.subnet",
        (n) => n.props.layer === "private" && n.region === "primary",
      );
      nodeOf(g, "aws.rds.subnet_group", (n) => n.id === "db.subnet-group").props.subnetIds.push(
        ref(privateSubnet.id),
      );
    },
  },
  "IDIO-ECS-001": {
    resource: "api.service",
    breakGraph: (g) =>
      (nodeOf(g, "aws.ecs.service", (n) => n.id === "api.service").props.assignPublicIp = true),
  },
  "IDIO-ECS-002": {
    resource: "api.service",
    breakGraph: (g) =>
      (nodeOf(g, "aws.ecs.service", (n) => n.id === "api.service").props.enableExecuteCommand =
        true),
  },
  "IDIO-ECS-003": {
    resource: "compute.ecs.cluster",
    breakGraph: (g) => (nodeOf(g, "aws.ecs.cluster").props.containerInsights = false),
  },
  "IDIO-EC2-001": {
    resource: "batch.launch-template",
    breakGraph: (g) =>
      (nodeOf(g, "aws.ec2.launch_template").props.metadataOptions.httpTokens = "optional"),
  },
  "IDIO-EC2-002": {
    resource: "batch.launch-template",
    breakGraph: (g) => (nodeOf(g, "aws.ec2.launch_template").props.rootVolume.encrypted = false),
  },
  "IDIO-HA-001": {
    resource: "api.service",
    breakGraph: (g) =>
      (nodeOf(g, "aws.ecs.service", (n) => n.id === "api.service").props.desiredCount = 1),
  },
  "IDIO-ELB-001": {
    resource: "web.alb.listener.https",
    breakGraph: (g) => (httpsListener(g).props.sslPolicy = "ELBSecurityPolicy-2016-08"),
  },
  "IDIO-ELB-002": {
    resource: "web.alb.listener.http",
    breakGraph: (g) =>
      (nodeOf(
        g,
        "aws.elbv2.listener",
        (n) => n.id === "web.alb.listener.http",
      ).props.defaultAction = httpsListener(g).props.defaultAction),
  },
  "IDIO-ELB-003": {
    resource: "web.alb",
    breakGraph: (g) => (g.nodes = g.nodes.filter((n) => n.id !== httpsListener(g).id)),
  },
  "IDIO-ELB-004": {
    resource: "web.alb",
    breakGraph: (g) => (publicLb(g).props.dropInvalidHeaderFields = false),
  },
  "IDIO-ELB-005": { resource: "web.alb", breakGraph: (g) => delete publicLb(g).props.accessLogs },
  "IDIO-ELB-006": {
    resource: "web.alb",
    breakGraph: (g) => (publicLb(g).props.deletionProtection = false),
  },
  "IDIO-ELB-007": {
    resource: "api.alb",
    breakGraph: (g) =>
      (nodeOf(
        g,
        "aws.elbv2.listener",
        (n) => n.props.loadBalancerArn.ref === "api.alb" && n.props.protocol === "HTTPS",
      ).props.protocol = "HTTP"),
  },
  "IDIO-WAF-001": {
    resource: "web.alb",
    breakGraph: (g) =>
      (g.nodes = g.nodes.filter(
        (n) =>
          !(n.kind === "aws.wafv2.web_acl_association" && n.props.resourceArn.ref === "web.alb"),
      )),
  },
  "IDIO-WAF-002": {
    resource: "edge.waf",
    breakGraph: (g) => {
      const acl = nodeOf(g, "aws.wafv2.web_acl", (n) => n.id === "edge.waf");
      acl.props.managedRuleGroups = acl.props.managedRuleGroups.filter(
        (r: { name: string }) => r.name !== "AWSManagedRulesKnownBadInputsRuleSet",
      );
    },
  },
  "IDIO-CF-001": {
    resource: "docs.distribution",
    breakGraph: (g) =>
      (nodeOf(g, "aws.cloudfront.distribution").props.viewerProtocolPolicy = "allow-all"),
  },
  "IDIO-CF-002": {
    resource: "docs.distribution",
    breakGraph: (g) => {
      const cdn = nodeOf(g, "aws.cloudfront.distribution");
      cdn.props.certificateArn ??= ref("edge.certificate", "arn");
      cdn.props.minimumProtocolVersion = "TLSv1";
    },
  },
  "IDIO-CF-003": {
    resource: "docs.distribution",
    breakGraph: (g) => delete nodeOf(g, "aws.cloudfront.distribution").props.logging,
  },
  "IDIO-LOG-001": {
    resource: "api.log-group",
    breakGraph: (g) =>
      (nodeOf(g, "aws.logs.log_group", (n) => n.id === "api.log-group").props.retentionInDays = 0),
  },
  "IDIO-LOG-002": {
    resource: "api.log-group",
    breakGraph: (g) =>
      (nodeOf(g, "aws.logs.log_group", (n) => n.id === "api.log-group").props.retentionInDays =
        365),
  },
  "IDIO-LOG-003": {
    resource: "api.log-group",
    breakGraph: (g) =>
      delete nodeOf(g, "aws.logs.log_group", (n) => n.id === "api.log-group").props.kmsKeyId,
  },
  "IDIO-CT-001": {
    resource: null,
    breakGraph: (g) => (g.nodes = g.nodes.filter((n) => n.kind !== "aws.cloudtrail.trail")),
  },
  "IDIO-CT-002": {
    resource: "security.trail",
    breakGraph: (g) => (trail(g).props.isMultiRegionTrail = false),
  },
  "IDIO-CT-003": {
    resource: "security.trail",
    breakGraph: (g) => (trail(g).props.enableLogFileValidation = false),
  },
  "IDIO-CT-004": { resource: "security.trail", breakGraph: (g) => delete trail(g).props.kmsKeyId },
  "IDIO-IAM-001": {
    resource: "api.task.role",
    breakGraph: (g) => grant(g, { actions: ["*"], resources: [ref("uploads.bucket", "arn")] }),
  },
  "IDIO-IAM-002": {
    resource: "api.task.role",
    breakGraph: (g) => grant(g, { actions: ["s3:*"], resources: [ref("uploads.bucket", "arn")] }),
  },
  "IDIO-IAM-003": {
    resource: "api.task.role",
    breakGraph: (g) => grant(g, { actions: ["dynamodb:GetItem"], resources: ["*"] }),
  },
  "IDIO-IAM-004": {
    resource: "api.task.role",
    breakGraph: (g) => taskRole(g).props.managedPolicies.push("AdministratorAccess"),
  },
  "IDIO-KMS-001": {
    resource: "security.kms.key",
    breakGraph: (g) =>
      (nodeOf(g, "aws.kms.key", (n) => n.id === "security.kms.key").props.enableKeyRotation =
        false),
  },
  "IDIO-KMS-002": {
    resource: "orders.table",
    breakGraph: (g) => delete table(g).props.serverSideEncryption.kmsKeyArn,
  },
  "IDIO-SEC-001": {
    resource: "thumbnailer.function",
    breakGraph: (g) => (nodeOf(g, "aws.lambda.function").props.environment.DB_PASSWORD = "hunter2"),
  },
  "IDIO-SQS-001": {
    resource: "jobs.queue",
    context: withoutKms,
    breakGraph: (g) => {
      const queue = nodeOf(g, "aws.sqs.queue", (n) => n.id === "jobs.queue");
      queue.props.sqsManagedSse = false;
      delete queue.props.kmsMasterKeyId;
    },
  },
  "IDIO-KIN-001": {
    resource: "events.stream",
    context: withoutKms,
    breakGraph: (g) => (nodeOf(g, "aws.kinesis.stream").props.encryption = { type: "NONE" }),
  },
  "IDIO-BKP-001": {
    resource: "db.instance",
    breakGraph: (g) => {
      const selection = nodeOf(g, "aws.backup.selection");
      selection.props.resources = selection.props.resources.filter(
        (r: { ref: string }) => r.ref !== "db.instance",
      );
    },
  },
  "IDIO-BKP-002": {
    resource: "recovery.backup.plan",
    breakGraph: (g) => {
      const plan = nodeOf(g, "aws.backup.plan", (n) => n.region === "primary");
      const [first] = plan.props.rules;
      plan.props.rules.push({
        ...first,
        name: "short",
        deleteAfterDays: 1,
        enableContinuousBackup: false,
      });
    },
  },
  "IDIO-BKP-003": {
    resource: "recovery.backup.plan",
    breakGraph: (g) => {
      for (const rule of nodeOf(g, "aws.backup.plan", (n) => n.region === "primary").props.rules)
        delete rule.copyTo;
    },
  },
  "IDIO-SNS-001": {
    resource: "ops.alarms.topic",
    breakGraph: (g) =>
      delete nodeOf(g, "aws.sns.topic", (n) => n.region === "primary").props.kmsMasterKeyId,
  },
  "IDIO-ECS-004": {
    resource: "api.task",
    breakGraph: (g) =>
      (nodeOf(
        g,
        "aws.ecs.task_definition",
        (n) => n.id === "api.task",
      ).props.container.readonlyRootFilesystem = false),
  },
  "IDIO-LAMBDA-001": {
    resource: "thumbnailer.function",
    breakGraph: (g) => (nodeOf(g, "aws.lambda.function").props.tracing = "PassThrough"),
  },
  "IDIO-TAG-001": { resource: "uploads.bucket", breakGraph: (g) => delete bucket(g).tags.owner },
  "IDIO-DEPLOY-001": {
    resource: "thumbnailer.function",
    breakGraph: (g) => (nodeOf(g, "aws.lambda.function").props.reservedConcurrency = 50),
  },
  "IDIO-DEPLOY-002": {
    resource: "api.service",
    // The lab account raised its Fargate quota to 50 vCPUs; the primary's api scaled
    // to 200 tasks no longer fits (its standby copy keeps its own maximum).
    breakGraph: (g) =>
      (nodeOf(
        g,
        "aws.appautoscaling.target",
        (n) => n.id === "api.scaling.target",
      ).props.maxCapacity = 200),
  },
  "IDIO-DEPLOY-003": {
    resource: "network.eip.a",
    breakGraph: (g, tags) => {
      for (const n of [1, 2, 3, 4])
        addNode(g, { id: `test.eip.${n}`, kind: "aws.ec2.eip", props: { domain: "vpc" } }, tags);
    },
  },
  "IDIO-DEPLOY-004": {
    resource: "network.vpc",
    breakGraph: (g) => {
      const vpc = nodeOf(g, "aws.ec2.vpc", (n) => n.id === "network.vpc");
      const flowLog = nodeOf(g, "aws.ec2.flow_log", (n) => n.props.vpcId.ref === vpc.id);
      for (const n of [1, 2, 3, 4]) {
        g.nodes.push({ ...vpc, id: `test.vpc.${n}` });
        g.nodes.push({
          ...flowLog,
          id: `test.vpc.${n}.flow-log`,
          props: { ...flowLog.props, vpcId: ref(`test.vpc.${n}`) },
        });
      }
    },
  },
  "IDIO-DEPLOY-005": {
    resource: "api.sg",
    breakGraph: (g, tags) => {
      for (let port = 9000; port < 9061; port += 1)
        addNode(
          g,
          {
            id: `test.ingress.${port}`,
            kind: "aws.ec2.security_group_ingress",
            props: {
              securityGroupId: ref("api.sg"),
              description: "from web",
              ipProtocol: "tcp",
              fromPort: port,
              toPort: port,
              sourceSecurityGroupId: ref("web.sg"),
            },
          },
          tags,
        );
    },
  },
  "IDIO-DEPLOY-006": {
    resource: "api.task.role",
    breakGraph: (g) =>
      taskRole(g).props.inlinePolicies.push({
        name: "many-tables",
        statements: Array.from({ length: 120 }, (_, n) => ({
          sid: `ReadTable${n}`,
          effect: "Allow",
          actions: ["dynamodb:GetItem", "dynamodb:Query"],
          resources: [ref("orders.table", "arn")],
        })),
      }),
  },
  "IDIO-DEPLOY-007": {
    resource: "sessions.replication-group",
    breakGraph: (g) =>
      (cache(g).props.replicationGroupId = "policy-lab-prod-sessions-with-a-long-name"),
  },
  "IDIO-DEPLOY-008": {
    resource: "web.task.role",
    breakGraph: (g) =>
      (nodeOf(g, "aws.iam.role", (n) => n.id === "web.task.role").props.name =
        taskRole(g).props.name),
  },
  "IDIO-DEPLOY-009": {
    resource: "ledger.writer",
    breakGraph: (g) =>
      (nodeOf(g, "aws.rds.cluster_instance", (n) => n.id === "ledger.writer").props.instanceClass =
        "db.m7g.large"),
  },
  "IDIO-DEPLOY-010": {
    resource: "db.instance",
    breakGraph: (g) => (database(g).props.manageMasterUserPassword = true),
  },
  "IDIO-DEPLOY-011": {
    resource: "orders.table",
    breakGraph: (g) => delete table(g).props.replicaKmsKeyArns,
  },
  "IDIO-DEPLOY-013": {
    resource: "api.task.role",
    breakGraph: (g) =>
      taskRole(g).props.managedPolicies.push(
        ...Array.from({ length: 11 }, (_, n) => `service-role/AcmeReadOnly${n}`),
      ),
  },
  "IDIO-DEPLOY-012": {
    resource: "batch.launch-template",
    breakGraph: (g) =>
      delete nodeOf(g, "aws.kms.key", (n) => n.id === "security.kms.key").props.serviceLinkedRoles,
  },
};

describe("rule by rule", () => {
  const lab = loadLab();
  const rules = builtinRules();

  it("starts from a graph with no findings", () => {
    expect(evaluatePolicies(lab.graph, lab.context).findings).toEqual([]);
  });

  it("has a case for every built-in rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(rules.map((rule) => rule.id));
  });

  for (const rule of rules) {
    const entry = CASES[rule.id];
    if (!entry) continue;
    it(`${rule.id}: ${rule.title}`, () => {
      const context = entry.context ? entry.context(lab.context) : lab.context;
      const graph = mutableCopy(lab.graph);
      entry.breakGraph(graph, { ...lab.intent.tags });
      const report = evaluatePolicies(frozen(graph), context);
      expect(report.findings.map((f) => [f.ruleId, f.resourceId])).toEqual([
        [rule.id, entry.resource],
      ]);
      const [finding] = report.findings;
      expect(finding?.severity).toBe(severityFor(rule.severity, "production"));
      if (rule.fixable && finding?.fixable) {
        const fixed = autoFix(frozen(graph), context);
        expect(fixed.diagnostics).toEqual([]);
        expect(fixed.applied.map((change) => change.ruleId)).toContain(rule.id);
        expect(fixed.remaining.findings).toEqual([]);
      }
    });
  }
});
