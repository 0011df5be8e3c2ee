import { awsRegionOf, isRef, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { p, refId } from "./runbook-steps.js";

/**
 * What the serving-regions runbook reads from a plan with `regions`: per
 * serving region its routed records, their Route 53 health checks and the
 * checks' alarms, and the data that has one writer (Aurora global databases,
 * ElastiCache Global Datastores) with each region's member.
 */

/** One serving region: the primary or an extra region, by its AWS code. */
export interface ServingSite {
  /** The AWS region code. */
  readonly region: string;
  /** The node region its nodes carry: `primary`, or the code itself. */
  readonly key: string;
  /** Its health-checked records of the public names (one per location with geolocation). */
  readonly records: readonly GraphNode[];
  readonly checks: readonly GraphNode[];
  /** The checks' HealthCheckStatus alarms (in us-east-1, where Route 53 publishes the metric). */
  readonly checkAlarms: readonly GraphNode[];
}

/** A store with one writer: the global resource and its member in each serving region. */
export interface WriterStore {
  readonly global: GraphNode;
  /** Member by AWS region code (the primary's included). */
  readonly members: ReadonlyMap<string, GraphNode>;
}

export const ALARM = "aws.cloudwatch.metric_alarm";

/** The primary first, then `regions` in intent order. */
export function servingSites(graph: ResourceGraph): ServingSite[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const routed = graph.nodes.filter(
    (n) =>
      n.kind === "aws.route53.record" && p(n).routing !== undefined && isRef(p(n).healthCheckId),
  );
  const codes = [graph.region, ...(graph.regions ?? [])];
  return codes.map((region) => {
    const key = region === graph.region ? "primary" : region;
    const records = routed.filter((r) => r.region === key);
    const checkIds = [...new Set(records.map((r) => refId(p(r).healthCheckId)!))];
    const checks = checkIds.flatMap((id) => byId.get(id) ?? []);
    const checkAlarms = graph.nodes.filter(
      (n) =>
        n.kind === ALARM &&
        p(n).metricName === "HealthCheckStatus" &&
        checkIds.includes(
          refId((p(n).dimensions as { HealthCheckId?: unknown })?.HealthCheckId) ?? "",
        ),
    );
    return { region, key, records, checks, checkAlarms };
  });
}

/**
 * Aurora global databases and ElastiCache Global Datastores: each member
 * cluster or replication group by the AWS region it runs in.
 */
export function writerStores(graph: ResourceGraph): {
  databases: WriterStore[];
  caches: WriterStore[];
} {
  const membersOf = (global: GraphNode, kind: string, field: string): WriterStore => ({
    global,
    members: new Map(
      graph.nodes
        .filter((n) => n.kind === kind && refId(p(n)[field]) === global.id)
        .map((n) => [awsRegionOf(graph, n), n]),
    ),
  });
  const primaryReplicationGroup = (global: GraphNode): GraphNode[] =>
    graph.nodes.filter((n) => n.id === refId(p(global).primaryReplicationGroupId));
  return {
    databases: graph.nodes
      .filter((n) => n.kind === "aws.rds.global_cluster")
      .map((g) => membersOf(g, "aws.rds.cluster", "globalClusterIdentifier")),
    caches: graph.nodes
      .filter((n) => n.kind === "aws.elasticache.global_replication_group")
      .map((g) => {
        const store = membersOf(g, "aws.elasticache.replication_group", "globalReplicationGroupId");
        const members = new Map(store.members);
        for (const primary of primaryReplicationGroup(g))
          members.set(awsRegionOf(graph, primary), primary);
        return { global: g, members };
      }),
  };
}

/** A health check's id, looked up by the name it requests (known only after apply). */
export function healthCheckId(check: GraphNode): string {
  return `"$(aws route53 list-health-checks --query 'HealthChecks[?HealthCheckConfig.FullyQualifiedDomainName==\`"${String(p(check).fqdn)}"\`].Id | [0]' --output text)"`;
}

/** The public zone's id, looked up by name (a private zone of the same name is skipped). */
export function publicZoneId(zone: GraphNode | undefined, fallback: unknown): string {
  if (zone === undefined) return String(fallback);
  const name = String(p(zone).name);
  return `"$(aws route53 list-hosted-zones-by-name --dns-name ${name} --query 'HostedZones[?Name==\`"${name}."\` && !Config.PrivateZone].Id | [0]' --output text)"`;
}

/**
 * A Global Datastore's id is a prefix AWS chooses and IDIO's suffix
 * (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-CLI.html):
 * looked up by the suffix.
 */
export function datastoreId(datastore: GraphNode, region: string): string {
  return `"$(aws elasticache describe-global-replication-groups --region ${region} --query "GlobalReplicationGroups[?ends_with(GlobalReplicationGroupId, '-${String(p(datastore).idSuffix)}')].GlobalReplicationGroupId | [0]" --output text)"`;
}

/** An Aurora cluster's ARN by identifier, for the global-cluster commands that want one. */
export function clusterArn(cluster: GraphNode, region: string): string {
  return `"$(aws rds describe-db-clusters --region ${region} --db-cluster-identifier ${String(p(cluster).identifier)} --query 'DBClusters[0].DBClusterArn' --output text)"`;
}
