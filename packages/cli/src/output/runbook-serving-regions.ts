import type { RecoveryDecision } from "@idio-iac/compiler";
import { type FailoverStep, recoveryStrategyInfo } from "@idio-iac/core";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import { escapeMarkdown } from "@idio-iac/intent-schema";
import type { Plan } from "idio-iac";
import {
  ALARM,
  clusterArn,
  datastoreId,
  healthCheckId,
  publicZoneId,
  servingSites,
  writerStores,
  type ServingSite,
  type WriterStore,
} from "./runbook-serving-sites.js";
import {
  failoverMinutes,
  p,
  range,
  refId,
  renderSteps,
  type RunbookStep,
  START_METRICS,
  timed,
  verdict,
} from "./runbook-steps.js";

/**
 * The recovery runbook of a plan that serves from several regions (intent
 * `regions`): no region is a recovery region; every region serves (or, with
 * failover routing, one stands by), Route 53's health checks take a failed
 * region out of the answers by themselves, and only the stores with one
 * writer (Aurora global databases; with failover routing, ElastiCache Global
 * Datastores) need an operator, and only when the writer's region is the one
 * that failed. Active-active caches stand alone in each region: nothing to
 * fail over.
 */
export function servingRegionsRunbook(plan: Plan, recovery: RecoveryDecision): string {
  return new ServingBook(plan, recovery).render();
}

type Step = RunbookStep;

/** Cross-region replication lag of the stores with one writer: what a promotion loses. */
const LAG_METRICS = new Set(["AuroraGlobalDBReplicationLag", "GlobalDatastoreReplicationLag"]);

/** Facts the steps rest on that are not durations: cited inline by address, listed in full at the end. */
const SOURCES = {
  writeForwarding: {
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html",
    text: "Write forwarding follows the writer: a secondary with it on forwards writes to the current primary cluster, and a primary's own setting takes effect only when a global-cluster operation demotes it (EnableGlobalWriteForwarding)",
  },
  switchover: {
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html#aurora-global-database-disaster-recovery.managed-failover",
    text: "Aurora global database switchover: a planned change of writer without data loss, the secondary catching up first",
  },
  geolocation: {
    url: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html",
    text: "Geolocation: the smallest matching location wins and an unhealthy record gives way to a larger location's record, the default last (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geo.html); when every record that matches a query is unhealthy, Route 53 answers as if all were healthy",
  },
  complexConfigs: {
    url: "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-complex-configs.html",
    text: "Route 53 evaluates an alias record's target health through a tree of records: an alias to a record set is healthy while one of its records is",
  },
  disabled: {
    url: "https://docs.aws.amazon.com/Route53/latest/APIReference/API_UpdateHealthCheck.html",
    text: "A disabled health check counts as healthy; inverted as well, it counts as unhealthy whatever the endpoint answers (Disabled, Inverted)",
  },
} as const;

class ServingBook {
  private readonly graph: ResourceGraph;
  private readonly byId: Map<string, GraphNode>;
  private readonly sites: ServingSite[];
  private readonly writer: ServingSite;
  /** Where the writer moves: the first of `regions` (failover routing's standby). */
  private readonly target: ServingSite;
  private readonly databases: WriterStore[];
  private readonly caches: WriterStore[];
  private readonly policy: string;
  private readonly rto: number;
  private readonly sources = new Set<string>();

  constructor(
    private readonly plan: Plan,
    private readonly recovery: RecoveryDecision,
  ) {
    this.graph = plan.graph;
    this.byId = new Map(plan.graph.nodes.map((n) => [n.id, n]));
    this.sites = servingSites(plan.graph);
    this.writer = this.sites[0]!;
    this.target = this.sites[1] ?? this.sites[0]!;
    ({ databases: this.databases, caches: this.caches } = writerStores(plan.graph));
    this.policy = plan.intent.routing?.policy ?? "latency";
    this.rto = plan.intent.disasterRecovery.rtoMinutes;
  }

  private get standby(): boolean {
    return this.policy === "failover";
  }

  render(): string {
    const { rtoMinutes, rpoMinutes } = this.plan.intent.disasterRecovery;
    const chosen = recoveryStrategyInfo(this.recovery.strategy).title;
    const others = this.sites.slice(1).map((s) => s.region);
    const writerSteps = this.writerSteps();
    const lines = [
      `Strategy: **${chosen}**, RTO ${rtoMinutes} min, RPO ${rpoMinutes} min; ${this.policy} routing over ${this.writer.region} (the primary${this.hasWriters() ? ": the writer" : ""}) and ${others.join(", ")}${this.standby ? ` (the standby)` : ""}; no recovery region: the regions recover each other.`,
      "",
      // IDIO's own text (numbers, region names), not user input.
      ...this.recovery.reasons.map((r) => `- ${r}`),
      "",
      ...this.startLines(),
      ...this.automaticLines(),
      // Without writers, a default record or a standby the primary needs no step of its own.
      ...(writerSteps.length > 1
        ? renderSteps(
            `If ${this.writer.region} is out (the primary${this.hasWriters() ? ", the writer's region" : ""})`,
            writerSteps,
            this.rto,
            (index) => `, beside step ${index}, holding nothing up`,
          )
        : []),
      ...this.otherRegionLines(writerSteps.length > 1 ? this.sites.slice(1) : this.sites),
      ...this.timingLines(writerSteps),
      ...this.failbackLines(),
      "## Sources of the estimates",
      "",
      ...[...this.sources].map((s) => `- ${s}`),
      "",
    ];
    return lines.join("\n");
  }

  /** Some region's records carry a Route 53 health check: users move by themselves. */
  private routed(): boolean {
    return this.sites.some((s) => s.checks.length > 0);
  }

  private hasWriters(): boolean {
    return this.databases.length + this.caches.length > 0;
  }

  private nodes(site: ServingSite, kind: string): GraphNode[] {
    return this.graph.nodes.filter((n) => n.region === site.key && n.kind === kind);
  }

  private timed(step: FailoverStep): Pick<Step, "minutes" | "source"> {
    const { minutes, source } = timed(step);
    this.sources.add(source);
    return { minutes, source };
  }

  /** A fact's address, for the prose; the Sources section lists it in full. */
  private cite(source: keyof typeof SOURCES): string {
    const { url, text } = SOURCES[source];
    this.sources.add(`${text}: ${url}`);
    return url;
  }

  // ---- When to start -------------------------------------------------------

  /** Per region: its Route 53 health-check alarm (in us-east-1) and its own entry alarms. */
  private startLines(): string[] {
    const lines = [
      "## When to start",
      "",
      this.routed()
        ? "A region is out when its Route 53 health-check alarm and its entry alarms (no healthy hosts, load-balancer 5xx rate) are in ALARM together, or the AWS Health Dashboard (https://health.aws.amazon.com/health/status) shows an event there. One alarm alone is an incident in that region, not a regional outage. The health-check alarms are in us-east-1 (Route 53 publishes their metrics there only), the others in their region:"
        : "A region is out when its alarms are in ALARM together and the AWS Health Dashboard (https://health.aws.amazon.com/health/status) shows an event there. One alarm alone is an incident in that region, not a regional outage:",
      "",
    ];
    for (const site of this.sites) {
      const entry = this.nodes(site, ALARM).filter((n) =>
        START_METRICS.has(String(p(n).metricName)),
      );
      lines.push(
        `- **${site.region}**${site === this.writer && this.hasWriters() ? " (the writer)" : ""}:`,
      );
      for (const alarm of [...site.checkAlarms, ...entry])
        lines.push(
          `  - \`${String(p(alarm).name)}\`: ${escapeMarkdown(String(p(alarm).description ?? ""))}`,
        );
      if (site.checkAlarms.length + entry.length === 0)
        lines.push(
          "  - no alarm on its way in: watch its load balancers and the AWS Health Dashboard",
        );
    }
    const regions = [
      ...new Set([...this.sites.map((s) => s.region), ...(this.routed() ? ["us-east-1"] : [])]),
    ];
    lines.push(
      "",
      "```sh",
      ...regions.map(
        (r) =>
          `aws cloudwatch describe-alarms --region ${r} --state-value ALARM --query 'MetricAlarms[].AlarmName'`,
      ),
      "```",
      "",
    );
    return lines;
  }

  // ---- What happens by itself ----------------------------------------------

  private automaticLines(): string[] {
    const lines = ["## What happens by itself", ""];
    const check = this.sites.flatMap((s) => s.checks)[0];
    if (check === undefined) {
      lines.push(
        "The plan has no health-checked Route 53 records (no public tier with a domain): nothing moves users between regions; each region serves what reaches it.",
        "",
      );
      return lines;
    }
    const dns = this.timed("dnsHealthChecked");
    lines.push(
      `- **Route 53** (${dns.minutes[0]}–${dns.minutes[1]} min): each region's records carry a health check on that region's own name (${this.sites
        .flatMap((s) => s.checks)
        .map((c) => String(p(c).fqdn))
        .join(
          ", ",
        )}). Once a region's check has failed ${Number(p(check).failureThreshold)} times ${Number(p(check).requestIntervalSeconds)} s apart, Route 53 stops answering with its records, and resolvers drop the cached answer after the record's TTL (60 s for a load balancer alias). ${this.policyWords()}`,
      ...this.capacityLines(),
      ...this.tableLines(),
      ...this.standaloneCacheLines(),
      "",
    );
    return lines;
  }

  /** Where the failed region's users go, by routing policy. */
  private policyWords(): string {
    const [primary, ...others] = this.sites.map((s) => s.region);
    switch (this.policy) {
      case "failover":
        return `${primary}'s users go to ${others.join(", ")}, the standby; if ${others.join(", ")} fails, nothing moves: a failover record set has nowhere else to send them.`;
      case "weighted":
        return "The failed region's share goes to the healthy regions in proportion to their weights.";
      case "geolocation":
        if (this.fallThrough())
          return `Each location's records (the default's included) are aliases to a failover pair per region: the region itself while its check passes, else a latency record set over every region, each with its check (${this.fallThroughNames()}). So a failed region's users go to the healthy region with the lowest latency for them, the default location's users included (${this.cite("complexConfigs")}).`;
        return `A region's users fall back to the record of the next larger location, finally to the default record (${primary}): with ${primary} healthy, the users of ${others.join(" and ")} are served from ${primary}. **The default record's own users have no other record**: when ${primary} is out, Route 53 answers them with it anyway (every record that matches them is unhealthy), so they wait for the step below that points the default record elsewhere (${this.cite("geolocation")}).`;
      default:
        return "The failed region's users go to the healthy region with the next lowest latency for them.";
    }
  }

  /**
   * The geolocation records alias other records (IDIO's fall-through tree)
   * rather than a load balancer with a health check of their own.
   */
  private fallThrough(): boolean {
    return this.graph.nodes.some(
      (n) =>
        n.kind === "aws.route53.record" &&
        (p(n).routing as { policy?: { type?: string } } | undefined)?.policy?.type ===
          "geolocation" &&
        this.byId.get(refId((p(n).alias as { name?: unknown }).name) ?? "")?.kind ===
          "aws.route53.record",
    );
  }

  private fallThroughNames(): string {
    const names = this.sites.flatMap((s) => s.records.map((r) => String(p(r).name)));
    return [...new Set(names)].map((n) => `\`${n}\``).join(", ");
  }

  /** The surviving regions' services and groups: they take the failed region's users. */
  private capacityLines(): string[] {
    const lines: string[] = [];
    for (const site of this.sites) {
      const parts = [
        ...this.nodes(site, "aws.ecs.service").map((s) => {
          const target = this.byId.get(s.id.replace(/\.service$/, ".scaling.target"));
          return `\`${String(p(s).name)}\` ${Number(p(s).desiredCount)} tasks (scales ${Number(p(target).minCapacity ?? p(s).desiredCount)}–${Number(p(target).maxCapacity ?? p(s).desiredCount)})`;
        }),
        ...this.nodes(site, "aws.autoscaling.group").map(
          (g) =>
            `\`${String(p(g).name)}\` ${Number(p(g).desiredCapacity ?? p(g).minSize)} instances (scales ${Number(p(g).minSize)}–${Number(p(g).maxSize)})`,
        ),
      ];
      if (parts.length > 0) lines.push(`  - ${site.region}: ${parts.join(", ")}`);
    }
    if (lines.length === 0) return [];
    const head = this.standby
      ? `- **Capacity**: the standby runs a quarter of the primary's minimum and autoscaling (target tracking) scales it out as ${this.target.region}'s load grows, up to the primary's maximum; the step below raises its floor at once:`
      : "- **Capacity**: every region runs at the primary's full capacity, so the surviving regions serve the failed region's users at once; autoscaling (target tracking) scales their services out to their maximum as the load grows:";
    return [head, ...lines];
  }

  private tableLines(): string[] {
    const tables = this.graph.nodes.filter(
      (n) => n.kind === "aws.dynamodb.table" && Array.isArray(p(n).replicaRegions),
    );
    if (tables.length === 0) return [];
    return [
      `- **DynamoDB global tables** (${tables.map((t) => `\`${String(p(t).name)}\``).join(", ")}): every region's replica takes reads and writes, so nothing changes; writes the failed region had not yet replicated arrive when it returns (last writer wins).`,
    ];
  }

  /** Active-active caches: each region's own group, no Global Datastore to fail over. */
  private standaloneCacheLines(): string[] {
    const joined = new Set(this.caches.flatMap(({ members }) => [...members.values()]));
    const groups = this.sites.flatMap((site) =>
      this.nodes(site, "aws.elasticache.replication_group").filter((g) => !joined.has(g)),
    );
    if (!groups.some((g) => g.region !== "primary")) return [];
    return [
      `- **Caches** (${groups.map((g) => `\`${String(p(g).replicationGroupId)}\``).join(", ")}): each region writes its own cache, so there is nothing to fail over; the failed region's users miss their cached entries in the region they move to (their reads miss until it refills, and sessions kept in the cache sign in again).`,
    ];
  }

  // ---- The writer's region is out -----------------------------------------

  private writerSteps(): Step[] {
    const steps: Step[] = [
      {
        title: `Confirm that ${this.writer.region} is out and decide to move ${this.hasWriters() ? "the writer" : "its users"} to ${this.target.region}`,
        ...this.lagCheck(),
        ...this.timed("decide"),
      },
      ...this.defaultRecordSteps(),
    ];
    // Only a health-checked region can be held out of Route 53's answers.
    if (this.hasWriters() && this.writer.checks.length > 0) steps.push(this.holdOutStep());
    steps.push(...this.databaseSteps(), ...this.cacheSteps(), ...this.standbySteps());
    return steps;
  }

  /** The target's replication-lag alarms: what promoting it loses. */
  private lagCheck(): Pick<Step, "commands" | "note"> {
    const lag = this.nodes(this.target, ALARM).filter((n) =>
      LAG_METRICS.has(String(p(n).metricName)),
    );
    if (lag.length === 0) return { commands: [] };
    const names = lag.map((n) => String(p(n).name));
    return {
      commands: [
        `aws cloudwatch describe-alarms --region ${this.target.region} --alarm-names ${names.join(" ")} --query 'MetricAlarms[].[AlarmName,StateValue]' --output text`,
      ],
      note: `Before promoting, read the replication lag in ${this.target.region}: it is what the promotion loses (the RPO is ${this.plan.intent.disasterRecovery.rpoMinutes} min). Its lag alarms: ${names.map((n) => `\`${n}\``).join(", ")}.`,
    };
  }

  /**
   * Geolocation: the default record's users have no other record, so the
   * default record itself is pointed at the target region's load balancer.
   */
  private defaultRecordSteps(): Step[] {
    const defaults = this.writer.records.filter((r) => {
      const policy = (p(r).routing as { policy?: { type?: string; countryCode?: string } }).policy;
      // Behind IDIO's fall-through tree the default record moves by itself.
      return policy?.type === "geolocation" && policy.countryCode === "*" && !this.fallThrough();
    });
    if (defaults.length === 0) return [];
    const commands = defaults.flatMap((record) => this.upsertDefault(record));
    return [
      {
        title: `Point the default location's record${defaults.length > 1 ? "s" : ""} of ${[...new Set(defaults.map((r) => String(p(r).name)))].join(", ")} at ${this.target.region}`,
        commands,
        ...this.timed("dns"),
        note: `Only the default location's users need this (see "What happens by itself"). The next \`terraform apply\` (or CloudFormation update) points it back at ${this.writer.region}: apply only after failback.`,
      },
    ];
  }

  private upsertDefault(record: GraphNode): string[] {
    const alias = p(record).alias as { name?: unknown };
    const balancer = this.byId.get(`${this.target.key}.${refId(alias.name) ?? ""}`);
    const routing = p(record).routing as { setIdentifier: string };
    const zone = publicZoneId(this.byId.get(refId(p(record).zoneId) ?? ""), p(record).zoneId);
    const set = `{"Name":"${String(p(record).name)}","Type":"${String(p(record).type)}","SetIdentifier":"${routing.setIdentifier}","GeoLocation":{"CountryCode":"*"},"AliasTarget":{"HostedZoneId":"'"$LB_ZONE"'","DNSName":"'"$LB_DNS"'","EvaluateTargetHealth":true}}`;
    return [
      `read -r LB_DNS LB_ZONE <<< "$(aws elbv2 describe-load-balancers --region ${this.target.region} --names ${String(p(balancer).name ?? `<the load balancer in ${this.target.region}>`)} --query 'LoadBalancers[0].[DNSName,CanonicalHostedZoneId]' --output text)"`,
      `aws route53 change-resource-record-sets --hosted-zone-id ${zone} \\\n  --change-batch '{"Changes":[{"Action":"UPSERT","ResourceRecordSet":${set}}]}'`,
    ];
  }

  /**
   * The old writer's region comes back as a secondary without write
   * forwarding: held out of Route 53's answers until the writer returns.
   */
  private holdOutStep(): Step {
    const checks = this.writer.checks;
    return {
      title: `Keep ${this.writer.region} out of Route 53's answers until the writer is back`,
      commands: checks.map(
        (c) =>
          `aws route53 update-health-check --health-check-id ${healthCheckId(c)} --disabled --inverted`,
      ),
      ...this.timed("dns"),
      timing: "background",
      note: `When ${this.writer.region} returns, its cluster rejoins the global database as a secondary without write forwarding (IDIO turns it on in the other regions only), so its tiers could read but not write; Route 53 would send its users back as soon as its check passes. Disabled and inverted, the check stays unhealthy whatever ${this.writer.region} answers (${this.cite("disabled")}).`,
    };
  }

  private databaseSteps(): Step[] {
    const region = this.target.region;
    const others = this.sites
      .slice(1)
      .map((s) => s.region)
      .join(" and ");
    return this.databases.flatMap(({ global, members }) => {
      const secondary = members.get(region);
      if (secondary === undefined) return [];
      const id = String(p(global).identifier);
      const forwarding = this.sites
        .slice(2)
        .map((s) => members.get(s.region))
        .filter(
          (c): c is GraphNode => c !== undefined && p(c).enableGlobalWriteForwarding === true,
        );
      return [
        {
          title: `Promote ${String(p(secondary).identifier)} in ${region} to the writer of ${id} (writes since the last replicated second are lost)`,
          commands: [
            `aws rds failover-global-cluster --region ${region} --global-cluster-identifier ${id} \\\n  --target-db-cluster-identifier ${clusterArn(secondary, region)} \\\n  --allow-data-loss`,
            `aws rds describe-global-clusters --region ${region} --global-cluster-identifier ${id} --query 'GlobalClusters[0].GlobalClusterMembers'`,
          ],
          ...this.timed("auroraGlobalFailover"),
          writes: true,
          note: `Until then ${this.writer.region}'s writer is gone and writes forwarded from ${others} fail; reads go on everywhere. Afterwards ${region}'s tiers write to their own cluster, now the writer${forwarding.length > 0 ? `, and ${forwarding.map((c) => String(p(c).identifier)).join(", ")} forward${forwarding.length === 1 ? "s" : ""} writes to it: write forwarding follows the writer (${this.cite("writeForwarding")})` : ""}.`,
        },
      ];
    });
  }

  private cacheSteps(): Step[] {
    const region = this.target.region;
    return this.caches.flatMap(({ global, members }) => {
      const group = members.get(region);
      if (group === undefined) return [];
      const name = String(p(group).replicationGroupId);
      return [
        {
          title: `Make the cache ${name} in ${region} the Global Datastore's primary`,
          commands: [
            `aws elasticache failover-global-replication-group --region ${region} --global-replication-group-id ${datastoreId(global, region)} \\\n  --primary-region ${region} --primary-replication-group-id ${name}`,
          ],
          ...this.timed("cacheGlobalFailover"),
          timing: "alongside",
          writes: true,
          note: `A secondary is read-only: until this runs, writes to the cache fail in every region. Afterwards ${region}'s cache takes writes and the other secondaries replicate from it.`,
        },
      ];
    });
  }

  /** Failover routing: the standby's floor raised to the primary's capacity. */
  private standbySteps(): Step[] {
    if (!this.standby) return [];
    const region = this.target.region;
    const commands = [
      ...this.nodes(this.target, "aws.ecs.service").flatMap((service) => {
        const base = service.id.slice(this.target.key.length + 1).replace(/\.service$/, "");
        const primary = this.byId.get(`${base}.service`);
        const primaryTarget = this.byId.get(`${base}.scaling.target`);
        const target = this.byId.get(`${this.target.key}.${base}.scaling.target`);
        const cluster = String(p(this.byId.get(refId(p(service).clusterArn) ?? "")).name);
        const name = String(p(service).name);
        return [
          ...(target !== undefined
            ? [
                `aws application-autoscaling register-scalable-target --region ${region} --service-namespace ecs --scalable-dimension ecs:service:DesiredCount \\\n  --resource-id service/${cluster}/${name} --min-capacity ${Number(p(primaryTarget).minCapacity)} --max-capacity ${Number(p(target).maxCapacity)}`,
              ]
            : []),
          `aws ecs update-service --region ${region} --cluster ${cluster} --service ${name} --desired-count ${Number(p(primary).desiredCount)}`,
        ];
      }),
      ...this.nodes(this.target, "aws.autoscaling.group").map((group) => {
        const primary = this.byId.get(group.id.slice(this.target.key.length + 1));
        return `aws autoscaling update-auto-scaling-group --region ${region} --auto-scaling-group-name ${String(p(group).name)} --min-size ${Number(p(primary).minSize)} --desired-capacity ${Number(p(primary).desiredCapacity ?? p(primary).minSize)}`;
      }),
    ];
    if (commands.length === 0) return [];
    return [
      {
        title: `Scale the standby in ${region} to the primary's capacity`,
        commands,
        ...this.timed("scaleStandby"),
        timing: "alongside",
        note: `It serves ${this.writer.region}'s users from the moment Route 53 fails over, with a quarter of the primary's minimum until this step's tasks pass their health checks.`,
      },
    ];
  }

  // ---- Another region is out -----------------------------------------------

  private otherRegionLines(others: readonly ServingSite[]): string[] {
    const names = others.map((s) => s.region).join(" or ");
    const lines = [`## If ${names} is out`, ""];
    if (this.standby) {
      lines.push(
        `Nothing serves from the standby while ${this.writer.region} is healthy, so users see nothing; but until ${names} returns there is no failover target. Nothing to do but restore it; its secondaries catch up by themselves.`,
        "",
      );
      return lines;
    }
    lines.push(
      `Nothing to do${this.routed() ? ": Route 53 stops answering with its records by itself (above) and the other regions take its users" : " but wait for it: no health-checked record moves its users elsewhere"}${this.hasWriters() ? `; the writers in ${this.writer.region} are unaffected, and its secondaries catch up when it returns` : ""}. Watch ${this.routed() ? "the health checks and " : ""}the surviving regions' services:`,
      "",
      "```sh",
      ...others.flatMap((s) =>
        s.checks.map(
          (c) =>
            `aws route53 get-health-check-status --health-check-id ${healthCheckId(c)} --query 'HealthCheckObservations[].StatusReport.Status'`,
        ),
      ),
      ...this.sites.flatMap((s) =>
        this.nodes(s, "aws.ecs.service").map(
          (svc) =>
            `aws ecs describe-services --region ${s.region} --cluster ${String(p(this.byId.get(refId(p(svc).clusterArn) ?? "")).name)} --services ${String(p(svc).name)} --query 'services[0].[serviceName,desiredCount,runningCount]'`,
        ),
      ),
      "```",
      "",
      ...this.takeOutLines(others),
    );
    return lines;
  }

  /** A half-broken region that still passes its check, taken out (and put back) by hand. */
  private takeOutLines(others: readonly ServingSite[]): string[] {
    const checks = others.flatMap((s) => s.checks.map((c) => ({ site: s, check: c })));
    if (checks.length === 0) return [];
    return [
      `If a region still passes its health check but must not serve (half broken: errors behind a healthy \`/health\`), take it out by hand: disabled and inverted, its check counts as unhealthy whatever it answers (${this.cite("disabled")}). Put it back with \`--no-disabled --no-inverted\`.`,
      "",
      "```sh",
      ...checks.map(
        ({ site, check }) =>
          `aws route53 update-health-check --health-check-id ${healthCheckId(check)} --disabled --inverted   # takes ${site.region} out`,
      ),
      "```",
      "",
    ];
  }

  // ---- Timings -------------------------------------------------------------

  private timingLines(writerSteps: readonly Step[]): string[] {
    const writes = writesDone(writerSteps);
    const lines = ["## Timings against the RTO", "", this.servingLine(writerSteps)];
    if (writes !== undefined) {
      const stores = [
        ...this.databases.map(
          (d) => `${d.global.tier ?? "the database"} (\`${String(p(d.global).identifier)}\`)`,
        ),
        ...this.caches.map(
          (c) => `${c.global.tier ?? "the cache"} (\`${String(p(c.global).idSuffix)}\`)`,
        ),
      ];
      const others = this.sites.slice(1).map((s) => s.region);
      const kinds = [
        ...(this.databases.length > 0 ? ["an Aurora global database"] : []),
        ...(this.caches.length > 0 ? ["a Global Datastore"] : []),
      ];
      lines.push(
        `- **Writes** to ${stores.join(" and ")} stop when ${this.writer.region}, the writer's region, is out, and recover only after the steps above: ${range(writes)} min, ${verdict(writes, this.rto)}. ${kinds.length > 1 ? `Neither ${kinds.join(" nor ")} moves` : `${kinds[0]!.replace(/^a/, "A")} does not move`} its writer across regions by itself. An outage of ${others.join(" or ")} stops no writes.`,
        `- So the ${this.rto}-minute RTO is the RTO for reads; for writes to the stores above it is ${range(writes)} minutes when the writer's region fails.`,
      );
    } else
      lines.push(
        `- Every store takes writes in every region (no store with one writer), so writes recover with serving: the ${this.rto}-minute RTO holds for reads and writes alike.`,
      );
    lines.push("");
    return lines;
  }

  /** How long until users are served again, and by what. */
  private servingLine(writerSteps: readonly Step[]): string {
    if (!this.routed())
      return "- **Serving**: nothing moves users between regions (no health-checked records): a region's users wait for it to return.";
    const dns = timed("dnsHealthChecked").minutes;
    const scale = writerSteps.findIndex((s) => s.title.startsWith("Scale the standby"));
    const defaults = writerSteps.findIndex((s) => s.title.startsWith("Point the default"));
    const byHand = failoverMinutes(writerSteps.slice(0, defaults + 1));
    return `- **Serving** recovers by itself in ${range(dns)} min (Route 53's health checks), ${verdict(dns, this.rto)}${
      scale >= 0
        ? `, on the standby's quarter capacity until step ${scale + 1} of the failover above (or autoscaling) scales it out`
        : ""
    }${
      defaults >= 0
        ? `; except, when ${this.writer.region} is out, for the default location's users, who wait for steps 1–${defaults + 1} above: ${range(byHand)} min, ${verdict(byHand, this.rto)}`
        : ""
    }.`;
  }

  // ---- Failback --------------------------------------------------------------

  private failbackLines(): string[] {
    const primary = this.writer.region;
    const from = this.target.region;
    const lines = [
      "## Failback",
      "",
      `1. A region that comes back needs nothing: ${this.routed() ? `once its health check passes ${Number(p(this.writer.checks[0]).failureThreshold ?? 3)} times in a row Route 53 answers with its records again, and ` : ""}its secondaries catch up.${this.hasWriters() ? ` The rest is for ${primary} after the writer moved.` : ""}`,
    ];
    if (!this.hasWriters()) return [...lines, ""];
    let n = 2;
    for (const { global, members } of this.databases) {
      const back = members.get(primary);
      if (back === undefined) continue;
      const id = String(p(global).identifier);
      lines.push(
        `${n++}. When ${primary} is healthy, wait until ${String(p(back).identifier)} has rejoined ${id} as a secondary (Aurora adds the old writer back after a failover) and its lag is low; then, in a quiet hour, switch the writer back without data loss (${this.cite("switchover")}):`,
        "",
        "   ```sh",
        `   aws rds describe-global-clusters --region ${from} --global-cluster-identifier ${id} --query 'GlobalClusters[0].GlobalClusterMembers'`,
        `   aws rds switchover-global-cluster --region ${from} --global-cluster-identifier ${id} \\`,
        `     --target-db-cluster-identifier ${clusterArn(back, primary)}`,
        "   ```",
        "",
      );
    }
    const caches = this.caches.flatMap(({ global, members }) => {
      const back = members.get(primary);
      return back === undefined
        ? []
        : [
            `   aws elasticache failover-global-replication-group --region ${primary} --global-replication-group-id ${datastoreId(global, primary)} \\`,
            `     --primary-region ${primary} --primary-replication-group-id ${String(p(back).replicationGroupId)}`,
          ];
    });
    if (caches.length > 0)
      lines.push(
        `${n++}. In the same hour, make the cache in ${primary} the Global Datastore's primary again:`,
        "",
        "   ```sh",
        ...caches,
        "   ```",
        "",
      );
    lines.push(...this.returnLines(n));
    return lines;
  }

  /** Users back in the primary once it writes again; a standby back to its quarter. */
  private returnLines(n: number): string[] {
    const primary = this.writer.region;
    const lines =
      this.writer.checks.length === 0
        ? []
        : [
            `${n++}. Let users back into ${primary}: \`terraform apply\` (or a CloudFormation update) restores every record IDIO manages, then the health check${this.writer.checks.length > 1 ? "s" : ""}:`,
            "",
            "   ```sh",
            ...this.writer.checks.map(
              (c) =>
                `   aws route53 update-health-check --health-check-id ${healthCheckId(c)} --no-disabled --no-inverted`,
            ),
            "   ```",
            "",
          ];
    if (this.standby)
      lines.push(
        `${n}. Scale the standby in ${this.target.region} back down: \`terraform apply\` (or a CloudFormation update) restores its planned minimum, and autoscaling scales in to it.`,
        "",
      );
    return lines;
  }
}

/** Minutes until the last step that gives a store its writer back is done, if any does. */
function writesDone(steps: readonly Step[]): [number, number] | undefined {
  const last = steps.map((s) => s.writes === true).lastIndexOf(true);
  return last < 0 ? undefined : failoverMinutes(steps.slice(0, last + 1));
}
