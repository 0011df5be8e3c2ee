import { decideRecovery, type RecoveryDecision } from "@idio-iac/compiler";
import { recoveryStrategyInfo } from "@idio-iac/core";
import { isRef, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { escapeMarkdown } from "@idio-iac/intent-schema";
import type { Plan } from "idio-iac";
import { servingRegionsRunbook } from "./runbook-serving-regions.js";
import { p, refId, renderSteps, type RunbookStep, START_METRICS, timed } from "./runbook-steps.js";
import {
  cacheFailbackCommands,
  cacheFailoverSteps,
  cacheSwitchOffCommands,
} from "./runbook-cache.js";

/**
 * runbook.md (and plan.md's "Recovery runbook"): failover and failback for
 * the plan's recovery strategy, with the commands for its resources by their
 * real names, each step's expected duration against the RTO, and the alarms
 * that tell an operator to start. Values known only after apply (ARNs, load
 * balancer names in DNS) are looked up inline with `aws … --query`.
 */
export function renderRunbook(plan: Plan): string {
  const body = runbookBody(plan);
  return `# ${escapeMarkdown(plan.intent.name)}: recovery runbook\n\n${body}`;
}

/** The runbook without its title, its sections at `##`; plan.md nests it one level down. */
export function runbookBody(plan: Plan): string {
  const recovery = decideRecovery(plan.intent);
  // Serving regions (intent `regions`) recover each other: no recovery region.
  if ((plan.graph.regions ?? []).length > 0) return servingRegionsRunbook(plan, recovery);
  const book = new Book(plan, recovery);
  return book.render();
}

/** "pilot light: RTO 15 min, RPO 5 min", for plan.md's header table. */
export function recoveryLabel(plan: Plan): string {
  const recovery = decideRecovery(plan.intent);
  const { rtoMinutes, rpoMinutes } = plan.intent.disasterRecovery;
  const chosen = recoveryStrategyInfo(recovery.strategy).title.toLowerCase();
  const built = recoveryStrategyInfo(recovery.builds).title.toLowerCase();
  return `${chosen}${built === chosen ? "" : ` (built as ${built})`}: RTO ${rtoMinutes} min, RPO ${rpoMinutes} min`;
}

type Step = RunbookStep;

class Book {
  private readonly graph: ResourceGraph;
  private readonly byId: Map<string, GraphNode>;
  private readonly primary: string;
  private readonly dr: string | undefined;

  constructor(
    private readonly plan: Plan,
    private readonly recovery: RecoveryDecision,
  ) {
    this.graph = plan.graph;
    this.byId = new Map(plan.graph.nodes.map((n) => [n.id, n]));
    this.primary = plan.graph.region;
    this.dr = plan.graph.drRegion;
  }

  render(): string {
    const { intent } = this.plan;
    const dr = intent.disasterRecovery;
    const chosen = recoveryStrategyInfo(this.recovery.strategy);
    const built = recoveryStrategyInfo(this.recovery.builds);
    const lines = [
      `Strategy: **${chosen.title}**${built !== chosen ? ` (built as ${built.title.toLowerCase()})` : ""}, RTO ${dr.rtoMinutes} min, RPO ${dr.rpoMinutes} min; primary ${this.primary}${this.dr ? `, recovery region ${this.dr}` : ", no recovery region"}.`,
      "",
      // IDIO's own text (numbers, region names), not user input.
      ...this.recovery.reasons.map((r) => `- ${r}`),
      "",
      "## When to start",
      "",
      ...this.startLines(),
      "",
    ];
    const failover = this.failoverSteps();
    lines.push(
      ...renderSteps(
        "Failover",
        failover,
        dr.rtoMinutes,
        (index) => `, starts with step ${index} and holds nothing up`,
      ),
    );
    lines.push(...this.failbackLines());
    lines.push("## Sources of the estimates", "");
    for (const source of new Set(failover.map((s) => s.source))) lines.push(`- ${source}`);
    lines.push("");
    return lines.join("\n");
  }

  private nodes(region: string, kind: string): GraphNode[] {
    return this.graph.nodes.filter((n) => n.region === region && n.kind === kind);
  }

  private nameOf(value: unknown): string {
    if (isRef(value)) {
      const node = this.byId.get(value.ref);
      const props = (node?.props ?? {}) as Record<string, unknown>;
      return String(props.name ?? props.identifier ?? value.ref);
    }
    return String(value);
  }

  /** Alarms on the way in (load balancers, APIs, functions) say the primary is failing; lag alarms say what a failover loses. */
  private startLines(): string[] {
    const alarms = this.nodes("primary", "aws.cloudwatch.metric_alarm").filter((n) =>
      START_METRICS.has(String(p(n).metricName)),
    );
    // Route 53 health check alarms live in us-east-1 (its metrics are published there only).
    const health = this.graph.nodes.filter(
      (n) =>
        n.kind === "aws.cloudwatch.metric_alarm" &&
        p(n).metricName === "HealthCheckStatus" &&
        n.id.endsWith(".health-check.primary"),
    );
    const lag = this.graph.nodes.filter(
      (n) =>
        n.kind === "aws.cloudwatch.metric_alarm" &&
        n.region === "dr" &&
        LAG_METRICS.has(String(p(n).metricName)),
    );
    const lines =
      alarms.length === 0
        ? ["- No entry alarm in the plan: start on customer reports or the AWS Health Dashboard."]
        : [
            `Start when these alarms in ${this.primary} are in ALARM together and the AWS Health Dashboard (https://health.aws.amazon.com/health/status) shows an event in ${this.primary}; one alarm alone is an incident for the primary, not a disaster:`,
            "",
            ...alarms.map(
              (n) =>
                `- \`${String(p(n).name)}\`: ${escapeMarkdown(String(p(n).description ?? ""))}`,
            ),
          ];
    if (health.length > 0)
      lines.push(
        "",
        `Route 53's health checks of ${this.primary} alarm in us-east-1 (Route 53 publishes their metrics there only):`,
        "",
        ...health.map(
          (n) => `- \`${String(p(n).name)}\`: ${escapeMarkdown(String(p(n).description ?? ""))}`,
        ),
      );
    if (lag.length > 0)
      lines.push(
        "",
        `Before promoting, read the replication lag in ${this.dr} (what a failover loses; the RPO is ${this.plan.intent.disasterRecovery.rpoMinutes} min):`,
        "",
        ...lag.map((n) => `- \`${String(p(n).name)}\``),
      );
    lines.push(
      "",
      "```sh",
      `aws cloudwatch describe-alarms --region ${this.primary} --state-value ALARM --query 'MetricAlarms[].AlarmName'`,
      ...(health.length > 0 && this.primary !== "us-east-1"
        ? [
            "aws cloudwatch describe-alarms --region us-east-1 --state-value ALARM --query 'MetricAlarms[].AlarmName'",
          ]
        : []),
      "```",
    );
    return lines;
  }

  private failoverSteps(): Step[] {
    const steps: Step[] = [
      {
        title: "Confirm the regional event and decide to fail over",
        commands: [],
        ...timed("decide"),
      },
    ];
    if (this.recovery.builds === "backup-and-restore") return [...steps, ...this.restoreSteps()];
    steps.push(...this.databaseSteps());
    steps.push(...cacheFailoverSteps(this.graph, this.dr!));
    steps.push(...this.computeSteps());
    steps.push(...this.dnsSteps());
    return steps;
  }

  private databaseSteps(): Step[] {
    const dr = this.dr!;
    const steps: Step[] = [];
    for (const global of this.nodes("primary", "aws.rds.global_cluster")) {
      const id = String(p(global).identifier);
      const secondary = this.nodes("dr", "aws.rds.cluster").find(
        (c) => refId(p(c).globalClusterIdentifier) === global.id,
      );
      if (secondary === undefined) continue;
      const target = String(p(secondary).identifier);
      steps.push({
        title: `Promote ${target} in ${dr} to the global database's writer (writes since the last replicated second are lost)`,
        commands: [
          `aws rds failover-global-cluster --region ${dr} --global-cluster-identifier ${id} \\\n  --target-db-cluster-identifier "$(aws rds describe-db-clusters --region ${dr} --db-cluster-identifier ${target} --query 'DBClusters[0].DBClusterArn' --output text)" \\\n  --allow-data-loss`,
          `aws rds describe-global-clusters --region ${dr} --global-cluster-identifier ${id} --query 'GlobalClusters[0].GlobalClusterMembers'`,
        ],
        ...timed("auroraGlobalFailover"),
      });
    }
    for (const replica of this.nodes("dr", "aws.rds.instance")) {
      if (p(replica).replicateSourceDb === undefined) continue;
      const name = String(p(replica).identifier);
      steps.push({
        title: `Promote the read replica ${name} in ${dr} to a standalone database`,
        commands: [
          `aws rds promote-read-replica --region ${dr} --db-instance-identifier ${name} --backup-retention-period ${Number(p(replica).backupRetentionDays ?? 7) || 7}`,
          `aws rds wait db-instance-available --region ${dr} --db-instance-identifier ${name}`,
        ],
        ...timed("replicaPromotion"),
        note: "Point the application's database host at the promoted instance's endpoint if it differs.",
      });
    }
    return steps;
  }

  /**
   * Warm standby: scale out what already serves. Pilot light: start the tiers
   * from zero at the primary's minimum (Fargate tasks, then EC2 instances)
   * before any traffic moves; Lambda functions need no step.
   */
  private computeSteps(): Step[] {
    const dr = this.dr!;
    const services = this.serviceCommands();
    const groups = this.groupCommands();
    if (this.recovery.standbyShare > 0) {
      const commands = [...services, ...groups];
      if (commands.length === 0) return [];
      return [
        {
          title: `Scale the standby in ${dr} to the primary's capacity`,
          commands,
          ...timed("scaleStandby"),
        },
      ];
    }
    const steps: Step[] = [];
    if (services.length > 0)
      steps.push({
        title: `Start the pilot light's services in ${dr} at the primary's capacity`,
        commands: services,
        ...timed("startTasks"),
        note: `Wait until the target groups report healthy targets before moving traffic: nothing serves in the pilot light until then.${this.singleNatNote()}`,
      });
    if (groups.length > 0)
      steps.push({
        title: `Start the pilot light's instances in ${dr} at the primary's capacity`,
        commands: groups,
        ...timed("launchInstances"),
      });
    return steps;
  }

  /**
   * A pilot light's VPC has one NAT gateway (pilot-light-nat.ts in the compiler): a NAT gateway
   * is zonal, so every AZ's tasks go out through its AZ.
   */
  private singleNatNote(): string {
    const nats = this.nodes("dr", "aws.ec2.nat_gateway");
    const zones = new Set(
      this.nodes("dr", "aws.ec2.subnet").map((s) => String(p(s).availabilityZone)),
    );
    if (nats.length !== 1 || zones.size < 2) return "";
    const zone = String(p(this.byId.get(refId(p(nats[0]).subnetId) ?? "")).availabilityZone);
    return ` The recovery VPC has one NAT gateway, in ${zone}: a NAT gateway is zonal, so the tasks in every AZ pull their images and reach the internet through ${zone}, and lose that if ${zone} fails too; add one per AZ (\`aws ec2 create-nat-gateway\` and a route per private subnet) if the failover is to last.`;
  }

  /** Each DR service's scaling floor and desired count set to the primary's. */
  private serviceCommands(): string[] {
    const dr = this.dr!;
    const commands: string[] = [];
    for (const service of this.nodes("dr", "aws.ecs.service")) {
      const primary = this.byId.get(service.id.replace(/^dr\./, ""));
      const desired = Number(p(primary).desiredCount ?? p(service).desiredCount);
      const cluster = this.nameOf(p(service).clusterArn);
      const name = String(p(service).name);
      const target = this.byId.get(`${service.id.replace(/\.service$/, "")}.scaling.target`);
      const primaryTarget = this.byId.get(
        `${service.id.replace(/^dr\./, "").replace(/\.service$/, "")}.scaling.target`,
      );
      if (target !== undefined) {
        commands.push(
          `aws application-autoscaling register-scalable-target --region ${dr} --service-namespace ecs --scalable-dimension ecs:service:DesiredCount \\\n  --resource-id service/${cluster}/${name} --min-capacity ${Number(p(primaryTarget).minCapacity ?? desired)} --max-capacity ${Number(p(target).maxCapacity)}`,
        );
      }
      commands.push(
        `aws ecs update-service --region ${dr} --cluster ${cluster} --service ${name} --desired-count ${desired}`,
      );
      if (this.recovery.standbyShare === 0)
        commands.push(
          `aws ecs wait services-stable --region ${dr} --cluster ${cluster} --services ${name}`,
        );
    }
    return commands;
  }

  /** Each DR Auto Scaling group's minimum and desired capacity set to the primary's. */
  private groupCommands(): string[] {
    const dr = this.dr!;
    return this.nodes("dr", "aws.autoscaling.group").map((group) => {
      const primary = this.byId.get(group.id.replace(/^dr\./, ""));
      return `aws autoscaling update-auto-scaling-group --region ${dr} --auto-scaling-group-name ${String(p(group).name)} --min-size ${Number(p(primary).minSize ?? p(group).minSize)} --desired-capacity ${Number(p(primary).desiredCapacity ?? p(primary).minSize ?? p(group).minSize)}`;
    });
  }

  private dnsSteps(): Step[] {
    const routed = this.routedRecords();
    if (routed.length > 0) return [this.automaticDnsStep(routed)];
    const dr = this.dr!;
    const records = this.nodes("primary", "aws.route53.record").filter((r) => {
      const alias = p(r).alias as { name?: unknown } | undefined;
      return (
        alias !== undefined &&
        isRef(alias.name) &&
        this.byId.get(alias.name.ref)?.kind === "aws.elbv2.load_balancer"
      );
    });
    if (records.length === 0) return [];
    const commands: string[] = [];
    for (const record of records) {
      const alias = p(record).alias as { name: { ref: string } };
      const drBalancer = this.byId.get(`dr.${alias.name.ref}`);
      const zone = this.zoneId(p(record).zoneId);
      const balancer = drBalancer
        ? String(p(drBalancer).name)
        : `<the ${this.byId.get(alias.name.ref)?.tier ?? ""} load balancer you deployed in ${dr}>`;
      commands.push(
        `read -r LB_DNS LB_ZONE <<< "$(aws elbv2 describe-load-balancers --region ${dr} --names ${balancer} --query 'LoadBalancers[0].[DNSName,CanonicalHostedZoneId]' --output text)"`,
        `aws route53 change-resource-record-sets --hosted-zone-id ${zone} --change-batch "{\\"Changes\\":[{\\"Action\\":\\"UPSERT\\",\\"ResourceRecordSet\\":{\\"Name\\":\\"${String(p(record).name)}\\",\\"Type\\":\\"${String(p(record).type)}\\",\\"AliasTarget\\":{\\"HostedZoneId\\":\\"$LB_ZONE\\",\\"DNSName\\":\\"$LB_DNS\\",\\"EvaluateTargetHealth\\":false}}}]}"`,
      );
    }
    return [
      {
        title: `Point ${records.map((r) => String(p(r).name)).join(", ")} at ${dr}`,
        commands,
        ...timed("dns"),
        note: "The next `terraform apply` (or CloudFormation update) points the records back: apply only after failback.",
      },
    ];
  }

  /**
   * The primary's routed records (failover PRIMARY, or latency, weighted,
   * geolocation over extra regions), each with its health check: Route 53
   * moves users off a failing primary by itself.
   */
  private routedRecords(): { record: GraphNode; check: GraphNode }[] {
    return this.nodes("primary", "aws.route53.record").flatMap((record) => {
      const routing = p(record).routing as
        { policy?: { type?: string; role?: string } } | undefined;
      const check = this.byId.get(refId(p(record).healthCheckId) ?? "");
      return routing?.policy !== undefined &&
        routing.policy.role !== "SECONDARY" &&
        check !== undefined
        ? [{ record, check }]
        : [];
    });
  }

  /**
   * With health-checked failover records the DNS step runs itself; the
   * commands are the fallback for a primary that still passes its check
   * while it must not serve (its database is down, say): inverting the check
   * makes Route 53 treat it as unhealthy.
   */
  private automaticDnsStep(routed: readonly { record: GraphNode; check: GraphNode }[]): Step {
    // A recovery region, or the other serving regions (active-active).
    const dr = this.dr ?? (this.graph.regions ?? []).join(", ");
    const names = [...new Set(routed.map(({ record }) => String(p(record).name)))];
    const checks = [...new Map(routed.map(({ check }) => [check.id, check])).values()];
    const pilot = this.dr !== undefined && this.recovery.standbyShare === 0;
    const policy = String(
      (p(routed[0]!.record).routing as { policy: { type: string } }).policy.type,
    );
    return {
      title:
        policy === "failover"
          ? `Route 53 fails ${names.join(", ")} over to ${dr} on its own`
          : `Route 53 sends the users of ${names.join(", ")} to ${dr} on its own`,
      commands: [
        `# fallback, only if ${this.primary} still passes its health check but must not serve: invert it`,
        ...checks.map(
          (check) =>
            `aws route53 update-health-check --health-check-id ${this.healthCheckIdOf(check)} --inverted`,
        ),
        ...checks.map(
          (check) =>
            `aws route53 get-health-check-status --health-check-id ${this.healthCheckIdOf(check)} --query 'HealthCheckObservations[].StatusReport.Status'`,
        ),
      ],
      ...timed("dnsHealthChecked"),
      note: `Automatic: each name has a ${policy} record per region with a health check on that region's own name (${checks.map((c) => String(p(c).fqdn)).join(", ")}); once the ${this.primary} check has failed ${Number(p(checks[0]).failureThreshold)} times ${Number(p(checks[0]).requestIntervalSeconds)} s apart, Route 53 answers with the ${dr} record${policy === "failover" ? "" : "s"}${pilot ? `, as soon as ${dr} passes its own check (after the step above starts it)` : ""}. No record needs changing by hand; the commands are a fallback.`,
    };
  }

  /** A health check's id, looked up by the name it requests (known only after apply). */
  private healthCheckIdOf(check: GraphNode): string {
    return `"$(aws route53 list-health-checks --query 'HealthChecks[?HealthCheckConfig.FullyQualifiedDomainName==\`${String(p(check).fqdn)}\`].Id' --output text)"`;
  }

  private zoneId(value: unknown): string {
    if (!isRef(value)) return String(value);
    const zone = this.byId.get(value.ref);
    return `"$(aws route53 list-hosted-zones-by-name --dns-name ${String(p(zone).name)} --query 'HostedZones[0].Id' --output text)"`;
  }

  /** Backup and restore: restore each data store from its newest recovery point. */
  private restoreSteps(): Step[] {
    const region = this.dr ?? this.primary;
    const drVault = this.nodes("dr", "aws.backup.vault")[0];
    const vault = drVault ?? this.nodes("primary", "aws.backup.vault")[0];
    const role = this.byId.get("recovery.backup.role");
    const commands: string[] = [];
    const where = drVault ? region : this.primary;
    if (vault !== undefined && role !== undefined) {
      const name = String(p(vault).name);
      commands.push(
        `aws backup list-recovery-points-by-backup-vault --region ${where} --backup-vault-name ${name} \\\n  --query 'reverse(sort_by(RecoveryPoints,&CreationDate))[].[ResourceArn,RecoveryPointArn,CreationDate]' --output table`,
        `# for the newest point of each resource: its restore metadata, edited for the new name, then the restore`,
        `aws backup get-recovery-point-restore-metadata --region ${where} --backup-vault-name ${name} --recovery-point-arn "$RECOVERY_POINT_ARN" --query RestoreMetadata > restore-metadata.json`,
        `aws backup start-restore-job --region ${where} --recovery-point-arn "$RECOVERY_POINT_ARN" \\\n  --iam-role-arn "$(aws iam get-role --role-name ${String(p(role).name)} --query Role.Arn --output text)" --metadata file://restore-metadata.json`,
        `aws backup describe-restore-job --region ${where} --restore-job-id "$RESTORE_JOB_ID"`,
      );
    }
    if (!drVault) {
      for (const db of this.nodes("primary", "aws.rds.instance")) {
        const id = String(p(db).identifier);
        commands.push(
          `aws rds restore-db-instance-to-point-in-time --region ${this.primary} --source-db-instance-identifier ${id} --target-db-instance-identifier ${id}-restored --use-latest-restorable-time`,
        );
      }
      for (const cluster of this.nodes("primary", "aws.rds.cluster")) {
        const id = String(p(cluster).identifier);
        commands.push(
          `aws rds restore-db-cluster-to-point-in-time --region ${this.primary} --source-db-cluster-identifier ${id} --db-cluster-identifier ${id}-restored --use-latest-restorable-time`,
        );
      }
      for (const table of this.nodes("primary", "aws.dynamodb.table")) {
        const name = String(p(table).name);
        commands.push(
          `aws dynamodb restore-table-to-point-in-time --region ${this.primary} --source-table-name ${name} --target-table-name ${name}-restored --use-latest-restorable-time`,
        );
      }
    }
    if (commands.length === 0) return [];
    return [
      {
        title: drVault
          ? `Restore the data in ${region} from the copies in its backup vault`
          : `Restore the data in ${this.primary} from its newest backup or point in time`,
        commands,
        ...timed("restore"),
        note: drVault
          ? `Then deploy the application in ${region} against the restored data (IDIO's plan for ${region} holds only the vault and key).`
          : `Without a recovery region this recovers lost or corrupted data; a regional outage waits for ${this.primary} to return. Point the application at the restored copies, or rename them after removing the originals.`,
      },
    ];
  }

  private failbackLines(): string[] {
    const lines = ["## Failback", ""];
    if (this.recovery.builds === "backup-and-restore") {
      lines.push(
        `1. Once ${this.primary} is healthy, compare the restored data with the originals and keep one copy.`,
        "2. Run `terraform plan` (or a CloudFormation change set) on the stack: it shows what the restore changed; apply to return to the planned state.",
        "",
      );
      return lines;
    }
    const dr = this.dr!;
    let n = 1;
    for (const global of this.nodes("primary", "aws.rds.global_cluster")) {
      const primaryCluster = this.nodes("primary", "aws.rds.cluster").find(
        (c) => refId(p(c).globalClusterIdentifier) === global.id,
      );
      if (primaryCluster === undefined) continue;
      const id = String(p(global).identifier);
      const back = String(p(primaryCluster).identifier);
      lines.push(
        `${n++}. When ${this.primary} is healthy, wait until ${back} has rejoined the global database as a secondary (Aurora adds the old primary back after a failover), then switch the writer back without data loss:`,
        "",
        "```sh",
        `aws rds describe-global-clusters --region ${dr} --global-cluster-identifier ${id} --query 'GlobalClusters[0].GlobalClusterMembers'`,
        `aws rds switchover-global-cluster --region ${dr} --global-cluster-identifier ${id} \\\n  --target-db-cluster-identifier "$(aws rds describe-db-clusters --region ${this.primary} --db-cluster-identifier ${back} --query 'DBClusters[0].DBClusterArn' --output text)"`,
        "```",
        "",
      );
    }
    for (const replica of this.nodes("dr", "aws.rds.instance")) {
      if (p(replica).replicateSourceDb === undefined) continue;
      lines.push(
        `${n++}. ${String(p(replica).identifier)} is now a standalone database: replicate it back to ${this.primary} (a cross-region read replica of it), promote that copy during a maintenance window, then let \`terraform apply\` recreate the replica in ${dr}.`,
        "",
      );
    }
    const caches = cacheFailbackCommands(this.graph, this.primary);
    if (caches.length > 0)
      lines.push(
        `${n++}. At the same time, make the cache in ${this.primary} the Global Datastore's primary again (its group rejoined as a secondary when ${this.primary} returned):`,
        "",
        "```sh",
        ...caches,
        "```",
        "",
      );
    lines.push(
      this.routedRecords().length > 0
        ? `${n}. Route 53 sends users back to ${this.primary} by itself as soon as its health check passes again, so switch the database writer back first: if ${this.primary} recovers before that, invert its health check (\`aws route53 update-health-check --inverted\`, as in the failover's fallback) to hold users in ${this.dr ?? (this.graph.regions ?? []).join(", ")}, and revert with \`--no-inverted\` once the writer is back.`
        : `${n}. Point the DNS records back: \`terraform apply\` (or a CloudFormation update) restores them.`,
      ...this.standbyBackLines(n + 1),
      "",
    );
    return lines;
  }

  /**
   * The last failback step. A warm standby's minimum comes back with the next
   * apply and autoscaling scales in to it. A pilot light must go back to zero,
   * which neither tool does: Terraform leaves desired counts to autoscaling
   * (ignore_changes) and CloudFormation only applies what its template
   * changes, so the runbook sets them.
   */
  private standbyBackLines(n: number): string[] {
    const dr = this.dr!;
    if (this.recovery.standbyShare > 0)
      return [
        `${n}. Scale the standby in ${dr} back down: \`terraform apply\` (or a CloudFormation update) restores its planned minimum, and autoscaling scales in to it.`,
      ];
    const commands = [
      ...this.nodes("dr", "aws.ecs.service").map(
        (service) =>
          `aws ecs update-service --region ${dr} --cluster ${this.nameOf(p(service).clusterArn)} --service ${String(p(service).name)} --desired-count 0`,
      ),
      ...this.nodes("dr", "aws.autoscaling.group").map(
        (group) =>
          `aws autoscaling update-auto-scaling-group --region ${dr} --auto-scaling-group-name ${String(p(group).name)} --min-size 0 --desired-capacity 0`,
      ),
    ];
    const caches = cacheSwitchOffCommands(this.graph, dr);
    commands.push(...caches);
    const apply = `${n}. Switch the pilot light in ${dr} back off: \`terraform apply\` (or a CloudFormation update) restores its minimums of zero`;
    if (commands.length === 0) return [`${apply}.`];
    return [
      `${apply}; then set what runs back to zero (neither tool resets a desired count)${caches.length > 0 ? " and the cache back to its idle size (Terraform would wait for the maintenance window)" : ""}:`,
      "",
      "```sh",
      ...commands,
      "```",
    ];
  }
}

/** Cross-region replication lag: how much a failover would lose. */
const LAG_METRICS = new Set([
  "AuroraGlobalDBReplicationLag",
  "ReplicaLag",
  "GlobalDatastoreReplicationLag",
]);

/** How a step runs beside the one before it, after its duration. */
