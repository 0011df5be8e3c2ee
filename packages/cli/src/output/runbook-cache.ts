import { isRef, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { p, type RunbookStep, timed } from "./runbook-steps.js";

/** A runbook step (runbook-steps.ts). */
export type CacheStep = RunbookStep;

/** A cache tier's replication groups in the primary and in the DR region, and its datastore. */
interface CachePair {
  readonly primary: GraphNode;
  readonly dr: GraphNode;
  readonly datastore: GraphNode | undefined;
}

const GROUP = "aws.elasticache.replication_group";

/** Each DR replication group with its primary counterpart (`dr.<id>` ↔ `<id>`). */
function cachePairs(graph: ResourceGraph): CachePair[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.nodes.flatMap((dr) => {
    if (dr.region !== "dr" || dr.kind !== GROUP) return [];
    const primary = byId.get(dr.id.replace(/^dr\./, ""));
    if (primary === undefined) return [];
    const global = p(dr).globalReplicationGroupId;
    const datastore = isRef(global) ? byId.get(global.ref) : undefined;
    return [{ primary, dr, datastore }];
  });
}

/**
 * A Global Datastore's id is the region's prefix AWS adds and IDIO's suffix
 * (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastores-CLI.html):
 * looked up by the suffix.
 */
function datastoreId(datastore: GraphNode, region: string): string {
  return `"$(aws elasticache describe-global-replication-groups --region ${region} --query "GlobalReplicationGroups[?ends_with(GlobalReplicationGroupId, '-${String(p(datastore).idSuffix)}')].GlobalReplicationGroupId" --output text)"`;
}

/**
 * The failover's cache steps, run at the same time as the database's promotion: a Global
 * Datastore's DR secondary becomes its primary (warm standby, active-active); a pilot light's
 * small, empty group is scaled up online to the primary's node type, in the background.
 */
export function cacheFailoverSteps(graph: ResourceGraph, dr: string): CacheStep[] {
  return cachePairs(graph).flatMap(({ primary, dr: group, datastore }): CacheStep[] => {
    const name = String(p(group).replicationGroupId);
    if (datastore !== undefined)
      return [
        {
          title: `Promote the cache ${name} in ${dr} to the Global Datastore's primary`,
          commands: [
            `aws elasticache failover-global-replication-group --region ${dr} --global-replication-group-id ${datastoreId(datastore, dr)} \\\n  --primary-region ${dr} --primary-replication-group-id ${name}`,
            `aws elasticache describe-global-replication-groups --region ${dr} --show-member-info --query "GlobalReplicationGroups[?ends_with(GlobalReplicationGroupId, '-${String(p(datastore).idSuffix)}')].Members"`,
          ],
          ...timed("cacheGlobalFailover"),
          note: "Until it is promoted the cache in the recovery region is read-only: writes to it fail.",
          timing: "alongside",
        },
      ];
    const target = String(p(primary).nodeType);
    if (target === String(p(group).nodeType)) return [];
    const replicas = Number(p(primary).numCacheClusters) - 1;
    return [
      {
        title: `Scale the cache ${name} in ${dr} up to ${target}`,
        commands: [
          `aws elasticache modify-replication-group --region ${dr} --replication-group-id ${name} --cache-node-type ${target} --apply-immediately`,
          `aws elasticache wait replication-group-available --region ${dr} --replication-group-id ${name}`,
          ...(replicas > Number(p(group).numCacheClusters) - 1
            ? [
                `aws elasticache increase-replica-count --region ${dr} --replication-group-id ${name} --new-replica-count ${replicas} --apply-immediately`,
              ]
            : []),
        ],
        ...timed("scaleCache"),
        note: `ElastiCache scales it online, so it serves from its ${String(p(group).nodeType)} nodes while the next steps run. It starts empty (the pilot light keeps no copy of the cache): reads miss and go to the database until it refills, and sessions kept in it are gone (users sign in again).`,
        timing: "background",
      },
    ];
  });
}

/** Failback: the Global Datastore's primary back in the primary region. */
export function cacheFailbackCommands(graph: ResourceGraph, primaryRegion: string): string[] {
  return cachePairs(graph).flatMap(({ primary, datastore }) =>
    datastore === undefined
      ? []
      : [
          `aws elasticache failover-global-replication-group --region ${primaryRegion} --global-replication-group-id ${datastoreId(datastore, primaryRegion)} \\\n  --primary-region ${primaryRegion} --primary-replication-group-id ${String(p(primary).replicationGroupId)}`,
        ],
  );
}

/** Failback of a pilot light: its cache back to its small idle size (Terraform would wait for the maintenance window). */
export function cacheSwitchOffCommands(graph: ResourceGraph, dr: string): string[] {
  return cachePairs(graph).flatMap(({ primary, dr: group, datastore }) => {
    const small = String(p(group).nodeType);
    if (datastore !== undefined || small === String(p(primary).nodeType)) return [];
    const name = String(p(group).replicationGroupId);
    const replicas = Number(p(group).numCacheClusters) - 1;
    return [
      ...(Number(p(primary).numCacheClusters) > Number(p(group).numCacheClusters)
        ? [
            `aws elasticache decrease-replica-count --region ${dr} --replication-group-id ${name} --new-replica-count ${replicas} --apply-immediately`,
            `aws elasticache wait replication-group-available --region ${dr} --replication-group-id ${name}`,
          ]
        : []),
      `aws elasticache modify-replication-group --region ${dr} --replication-group-id ${name} --cache-node-type ${small} --apply-immediately`,
    ];
  });
}
