import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compiledExamples, compileText } from "../test-support/compiled-examples.js";
import { emitTerraform } from "../terraform/emit-terraform.js";
import { dataSubjects } from "./data-subjects.js";

/**
 * Issue 12, the data, keys, names and alarms part: conditions `terraform
 * validate`, `plan` and cfn-lint accept but that break a real deploy or leave
 * it blind. Each is asserted absent from every example's emitted Terraform,
 * the every-kind fixtures, and intents covering what the examples do not (an
 * RDS instance with a cross-region replica next to an EC2 tier, two caches of
 * long names).
 */

const FIXTURES = new URL("../../../../fixtures/every-kind/", import.meta.url);

const subjects = [
  ...compiledExamples().map(({ name, graph }) => ({ label: name, graph })),
  ...["global", "regional"].map((name) => ({
    label: `every-kind-${name}`,
    graph: compileText(readFileSync(new URL(`${name}/intent.yaml`, FIXTURES), "utf8"), name).graph,
  })),
  ...dataSubjects(),
];

type Block = Record<string, unknown>;
type Resources = Record<string, Record<string, Block>>;

const emitted = subjects.map((subject) => {
  const main = emitTerraform(subject.graph).find((f) => f.path === "terraform/main.tf.json")!;
  const config = JSON.parse(main.contents) as {
    resource: Resources;
    provider: { aws: { alias?: string; region: string }[] };
  };
  // The region of each provider reference a resource may name (`aws.dr`, `aws.us_west_2`).
  const providerRegions = new Map(
    config.provider.aws.map((p) => [p.alias ? `aws.${p.alias}` : "aws", p.region]),
  );
  return {
    label: subject.label,
    drRegion: subject.graph.drRegion,
    resources: config.resource,
    providerRegions,
  };
});

/** A Terraform block that cdktf writes as an object or a list of objects. */
const list = (value: unknown): Block[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Block[]) : [value as Block];
const address = (expression: unknown) =>
  /\$\{([a-z0-9_]+\.[a-zA-Z0-9_-]+)\./.exec(String(expression))?.[1];

type Emitted = (typeof emitted)[number];
const all = (e: Emitted, type: string) => Object.entries(e.resources[type] ?? {});
const byAddress = (e: Emitted, addr: string) => {
  const [type, name] = addr.split(".") as [string, string];
  return e.resources[type]?.[name];
};
interface Statement {
  Sid?: string;
  Principal?: { Service?: string | string[]; AWS?: string | string[] };
  Condition?: Record<string, Record<string, unknown>>;
}
const statements = (policy: unknown) =>
  (JSON.parse(String(policy)) as { Statement: Statement[] }).Statement;
const services = (s: Statement) => [s.Principal?.Service ?? []].flat();
const alarms = (e: Emitted) => all(e, "aws_cloudwatch_metric_alarm").map(([, a]) => a);

describe.each(emitted.map((e) => [e.label, e] as const))("%s", (_label, e) => {
  it("no RDS-managed master password on a global-database cluster or the source of a cross-region replica", () => {
    for (const [, cluster] of all(e, "aws_rds_cluster"))
      if (cluster.global_cluster_identifier !== undefined)
        expect(cluster.manage_master_user_password).toBeUndefined();
    for (const [, replica] of all(e, "aws_db_instance")) {
      const source = address(replica.replicate_source_db);
      if (source === undefined) continue;
      expect(byAddress(e, source)!.manage_master_user_password).toBeUndefined();
      expect(byAddress(e, source)!.password).toMatch(
        /^\$\{jsondecode\(aws_secretsmanager_secret_version\./,
      );
    }
  });

  it("no application reads the master user's secret: every database caller signs in with IAM as its own user", () => {
    const code = [
      ...all(e, "aws_ecs_task_definition").map(([, t]) => String(t.container_definitions)),
      ...all(e, "aws_lambda_function").map(([, f]) => JSON.stringify(f.environment ?? {})),
      ...all(e, "aws_launch_template").map(([, t]) => String(t.user_data ?? "")),
    ].join("\n");
    expect(code).not.toMatch(/master_user_secret|_PASSWORD|_SECRET_ARN/);
    const roles = all(e, "aws_iam_role_policy").map(([, p]) => String(p.policy));
    const callers = (code.match(/"name":"(\w+)_IAM_AUTH"/g) ?? []).length;
    if (callers > 0) expect(roles.some((p) => p.includes("rds-db:connect"))).toBe(true);
  });

  it("no secret the DR copy needs stays only in the primary region", () => {
    for (const type of ["aws_rds_cluster", "aws_db_instance"])
      for (const [, db] of all(e, type)) {
        const password = String(db.master_password ?? db.password ?? "");
        const version = /aws_secretsmanager_secret_version\.([a-z0-9_]+)_version\./.exec(password);
        if (version === null) continue;
        const secret = e.resources.aws_secretsmanager_secret![version[1]!]!;
        expect(list(secret.replica).map((r) => r.region)).toEqual([e.drRegion]);
      }
  });

  it("no global-table replica without a key of its region when the table uses a customer-managed key", () => {
    for (const [, table] of all(e, "aws_dynamodb_table")) {
      const sse = list(table.server_side_encryption)[0];
      if (sse?.kms_key_arn === undefined) continue;
      for (const replica of list(table.replica)) {
        // The region's own data key: `<site>_security_kms_key` on that region's provider.
        const key = address(replica.kms_key_arn);
        expect(key).toMatch(/^aws_kms_key\.[a-z0-9-]+_security_kms_key$/);
        const provider = String(byAddress(e, key!)!.provider ?? "aws");
        expect(e.providerRegions.get(provider)).toBe(replica.region_name);
      }
    }
  });

  it("no launch template encrypting volumes with a key Auto Scaling's service-linked role cannot use", () => {
    for (const [, template] of all(e, "aws_launch_template"))
      for (const mapping of list(template.block_device_mappings)) {
        const key = address(list(mapping.ebs)[0]?.kms_key_id);
        if (key === undefined) continue;
        const admits = statements(byAddress(e, key)!.policy).some((s) =>
          JSON.stringify(s.Condition ?? {}).includes(
            "role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
          ),
        );
        expect(admits).toBe(true);
      }
  });

  it("no service principal without a source condition where the service sends one (key and trust policies)", () => {
    // Services documented to send aws:SourceAccount / aws:SourceArn (or the logs encryption context).
    const keyScoped = ["logs.", "cloudtrail.", "budgets."];
    const trustScoped = ["ecs-tasks.", "monitoring.rds.", "vpc-flow-logs.", "s3."];
    const unscoped: string[] = [];
    for (const [name, key] of all(e, "aws_kms_key"))
      for (const s of statements(key.policy))
        for (const service of services(s))
          if (keyScoped.some((p) => service.startsWith(p)) && s.Condition === undefined)
            unscoped.push(`${name}: ${service}`);
    for (const [name, role] of all(e, "aws_iam_role"))
      for (const s of statements(role.assume_role_policy))
        for (const service of services(s))
          if (
            trustScoped.some((p) => service.startsWith(p)) &&
            s.Condition?.StringEquals?.["aws:SourceAccount"] === undefined
          )
            unscoped.push(`${name}: ${service}`);
    expect(unscoped).toEqual([]);
  });

  it("no length-limited name over its limit or shared by two resources", () => {
    const limits: [string, string, number][] = [
      ["aws_elasticache_replication_group", "replication_group_id", 40],
      ["aws_db_instance", "identifier", 63],
      ["aws_rds_cluster", "cluster_identifier", 63],
      ["aws_rds_cluster_instance", "identifier", 63],
      ["aws_lb", "name", 32],
      ["aws_lb_target_group", "name", 32],
      ["aws_iam_role", "name", 64],
      ["aws_lambda_function", "function_name", 64],
    ];
    const problems: string[] = [];
    for (const [type, attribute, max] of limits) {
      const seen = new Set<string>();
      for (const [name, resource] of all(e, type)) {
        const value = String(resource[attribute]);
        // Regional names may repeat across regions; the provider alias tells them apart.
        const key = `${String(resource.provider ?? "")}:${value}`;
        if (value.length > max) problems.push(`${type}.${name}: ${value.length} > ${max}`);
        if (seen.has(key)) problems.push(`${type}.${name}: ${value} twice`);
        seen.add(key);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no ElastiCache alarm on a dimension the service does not publish node metrics under", () => {
    const cache = alarms(e).filter((a) => a.namespace === "AWS/ElastiCache");
    for (const alarm of cache)
      expect(Object.keys(alarm.dimensions as Block)).toEqual(["CacheClusterId"]);
    for (const [, group] of all(e, "aws_elasticache_replication_group"))
      expect(
        cache.filter((a) => a.metric_name === "EngineCPUUtilization").length,
      ).toBeGreaterThanOrEqual(Number(group.num_cache_clusters));
  });

  it("no load balancer without an all-targets-gone alarm and a load-balancer 5xx alarm relative to traffic", () => {
    for (const [name] of all(e, "aws_lb")) {
      const mine = alarms(e).filter((a) => JSON.stringify(a).includes(`aws_lb.${name}.arn_suffix`));
      // Plain, or (a pilot light at zero) metric math over HealthyHostCount that
      // fires only while targets are registered.
      const healthy = (a: Block) =>
        a.metric_name === "HealthyHostCount" ||
        list(a.metric_query).some((q) => list(q.metric)[0]?.metric_name === "HealthyHostCount");
      expect(
        mine.some(
          (a) => healthy(a) && a.comparison_operator === "LessThanThreshold" && a.threshold === 1,
        ),
      ).toBe(true);
      const elb5xx = mine.find((a) =>
        list(a.metric_query).some(
          (q) => list(q.metric)[0]?.metric_name === "HTTPCode_ELB_5XX_Count",
        ),
      );
      expect(
        list(elb5xx?.metric_query).map((q) => q.expression ?? list(q.metric)[0]?.metric_name),
      ).toEqual(["100 * FILL(errors, 0) / requests", "HTTPCode_ELB_5XX_Count", "RequestCount"]);
    }
  });

  it("no replication path without a lag alarm, and no backup plan without a failed-job alarm", () => {
    const watched = alarms(e).map((a) => a.metric_name);
    if (all(e, "aws_rds_global_cluster").length > 0)
      expect(watched).toContain("AuroraGlobalDBReplicationLag");
    if (all(e, "aws_db_instance").some(([, db]) => db.replicate_source_db !== undefined))
      expect(watched).toContain("ReplicaLag");
    if (all(e, "aws_dynamodb_table").some(([, t]) => list(t.replica).length > 0))
      expect(watched).toContain("ReplicationLatency");
    if (all(e, "aws_backup_plan").length > 0) expect(watched).toContain("NumberOfBackupJobsFailed");
  });
});

describe("the subjects", () => {
  it("exercise every condition above at least once, so no check passes for want of a case", () => {
    const count = (type: string, keep: (r: Block) => boolean = () => true) =>
      emitted.reduce((n, e) => n + all(e, type).filter(([, r]) => keep(r)).length, 0);
    expect({
      globalClusters: count("aws_rds_global_cluster") > 0,
      crossRegionReplicas:
        count("aws_db_instance", (db) => db.replicate_source_db !== undefined) > 0,
      replicatedSecrets: count("aws_secretsmanager_secret", (s) => list(s.replica).length > 0) > 0,
      encryptedGlobalTables:
        count(
          "aws_dynamodb_table",
          (t) =>
            list(t.replica).length > 0 &&
            list(t.server_side_encryption)[0]?.kms_key_arn !== undefined,
        ) > 0,
      encryptedLaunchTemplates:
        count("aws_launch_template", (t) =>
          list(t.block_device_mappings).some((m) => list(m.ebs)[0]?.kms_key_id !== undefined),
        ) > 0,
      caches: count("aws_elasticache_replication_group") > 0,
      loadBalancers: count("aws_lb") > 0,
      backupPlans: count("aws_backup_plan") > 0,
    }).toEqual({
      globalClusters: true,
      crossRegionReplicas: true,
      replicatedSecrets: true,
      encryptedGlobalTables: true,
      encryptedLaunchTemplates: true,
      caches: true,
      loadBalancers: true,
      backupPlans: true,
    });
  });
});
