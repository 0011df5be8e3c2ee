import type { ResourceGraph } from "@idio-iac/graph";
import type { GraphChange } from "./recommendation.js";
import { withProps, without } from "./graph-edits.js";

/**
 * Outside production the intent's availability target is for rehearsal, not
 * for customers: a database standby, cache replicas and Aurora readers add
 * cost without serving anyone. Each proposal keeps the same engines and sizes.
 */
export function nonProductionChanges(graph: ResourceGraph): GraphChange[] {
  if (graph.environment === "production") return [];
  const changes: GraphChange[] = [];
  const singleAz = graph.nodes.filter(
    (node) => node.kind === "aws.rds.instance" && node.props.multiAz,
  );
  if (singleAz.length > 0)
    changes.push({
      id: "non-production:single-az-databases",
      kind: "non-production",
      title: `Run ${graph.environment} databases Single-AZ`,
      detail:
        "A Multi-AZ standby doubles instance and storage cost; outside production a restore from backup is an acceptable recovery.",
      resources: singleAz.map((node) => node.id),
      graph: withProps(graph, new Map(singleAz.map((node) => [node.id, { multiAz: false }]))),
    });
  const caches = graph.nodes.filter(
    (node) => node.kind === "aws.elasticache.replication_group" && node.props.numCacheClusters > 1,
  );
  if (caches.length > 0)
    changes.push({
      id: "non-production:single-node-caches",
      kind: "non-production",
      title: `Run ${graph.environment} caches on one node`,
      detail:
        "Cache replicas only buy failover; a cache can be rebuilt from the database outside production.",
      resources: caches.map((node) => node.id),
      graph: withProps(
        graph,
        new Map(
          caches.map((node) => [
            node.id,
            { numCacheClusters: 1, automaticFailover: false, multiAz: false },
          ]),
        ),
      ),
    });
  const readers = graph.nodes
    .filter((node) => node.kind === "aws.rds.cluster_instance" && node.region === "primary")
    .filter((node, _index, all) => {
      if (node.kind !== "aws.rds.cluster_instance") return false;
      const siblings = all.filter(
        (other) =>
          other.kind === "aws.rds.cluster_instance" &&
          other.props.clusterIdentifier.ref === node.props.clusterIdentifier.ref,
      );
      return siblings[0]?.id !== node.id;
    });
  if (readers.length > 0)
    changes.push({
      id: "non-production:no-aurora-readers",
      kind: "non-production",
      title: `Drop Aurora readers in ${graph.environment}`,
      detail:
        "One writer serves a non-production cluster; Aurora's storage stays replicated across three AZs.",
      resources: readers.map((node) => node.id),
      graph: without(graph, new Set(readers.map((node) => node.id))),
    });
  return changes;
}
