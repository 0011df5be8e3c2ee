import {
  byCodeUnit,
  DESCEND,
  isRef,
  KINDS,
  rebuildJson,
  type GraphNode,
  type Kind,
  type ResourceGraph,
} from "@idio-iac/graph";
import { exampleGraph } from "./compiled-examples.js";
import { largeIntentGraph } from "./large-intent.js";

/**
 * Kinds a copy in another region may keep referencing in the primary's
 * graph: IAM is global, and a public zone holds every region's records.
 */
const SHARED_ACROSS_REGIONS: ReadonlySet<Kind> = new Set<Kind>([
  "aws.iam.role",
  "aws.iam.instance_profile",
  "aws.route53.zone",
]);

/**
 * Kinds never copied: IAM names are global (the copies use the primary's
 * roles), a second record of the same name in one zone collides (routing
 * records are the routing work's, not a copy's), and Route 53 health checks
 * are global, watched from us-east-1 (their alarms are dropped with them).
 */
const NEVER_COPIED: ReadonlySet<Kind> = new Set<Kind>([
  "aws.iam.role",
  "aws.iam.instance_profile",
  "aws.route53.record",
  "aws.route53.health_check",
]);

/**
 * The graph as the compiler will build it with `regions`, for the emitters
 * to meet before it does: the primary nodes `pick` selects are copied into
 * each region as `<code>.<id>` with `region: <code>`; references and
 * dependsOn between copied nodes point at the region's copies, literal
 * strings naming the primary region (availability zones, a private zone's VPC
 * region) name the copy's. A copy that would still reference a regional node
 * left in the primary (another tier's security group, a regional web ACL) is
 * dropped, and so are the copies that need it, until none is left; only IAM
 * and public zones are shared across regions.
 */
export function withExtraRegions(
  graph: ResourceGraph,
  regions: readonly string[],
  pick: (node: GraphNode) => boolean,
): ResourceGraph {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const picked = new Set(
    graph.nodes
      .filter((node) => node.region === "primary" && !NEVER_COPIED.has(node.kind) && pick(node))
      .map((node) => node.id),
  );
  // Drop what would reach across regions, until the picked set is closed.
  for (let changed = true; changed;) {
    changed = false;
    for (const id of [...picked]) {
      const reachesOut = referencesOf(byId.get(id)!.props).some(
        (target) =>
          !picked.has(target) && !SHARED_ACROSS_REGIONS.has(byId.get(target)?.kind as Kind),
      );
      if (reachesOut) {
        picked.delete(id);
        changed = true;
      }
    }
  }
  const copies = regions.flatMap((region) =>
    graph.nodes
      .filter((node) => picked.has(node.id))
      .map((node) => copyInto(node, region, graph.region, picked)),
  );
  return {
    ...graph,
    regions: [...regions],
    nodes: [...graph.nodes, ...copies].sort((a, b) => byCodeUnit(a.id, b.id)),
  };
}

function copyInto(
  node: GraphNode,
  region: string,
  primaryRegion: string,
  picked: ReadonlySet<string>,
): GraphNode {
  const moved = (id: string) => (picked.has(id) ? `${region}.${id}` : id);
  const props = rebuildJson(node.props, {
    replace: (value) => {
      if (isRef(value)) return { ...value, ref: moved(value.ref) };
      if (typeof value === "string") return value.split(primaryRegion).join(region);
      return DESCEND;
    },
  });
  return {
    ...node,
    id: `${region}.${node.id}`,
    region: region as GraphNode["region"],
    props,
    dependsOn: node.dependsOn.map(moved),
  } as GraphNode;
}

function referencesOf(props: unknown): string[] {
  const found: string[] = [];
  rebuildJson(props, {
    replace: (value) => {
      if (isRef(value)) {
        found.push(value.ref);
        return value;
      }
      return DESCEND;
    },
  });
  return found;
}

/**
 * ecommerce-platform (us-east-1, DR in us-west-2) serving from us-east-2 and
 * eu-west-1 too (in that order, not sorted): each holds a copy of the VPC
 * with its subnets, gateways and routes, the data key, the ECS cluster, the
 * alarm topic, the access-log bucket, the regional certificate, and the web
 * tier's service, load balancer, listeners, scaling and alarms.
 */
export function extraRegionsGraph(): ResourceGraph {
  const shared = new Set([
    "compute.ecs.cluster",
    "edge.certificate",
    "edge.certificate.validation",
    "ops.alarms.topic",
    "ops.logs.bucket",
    "ops.logs.bucket.policy",
  ]);
  return withExtraRegions(
    exampleGraph("ecommerce-platform"),
    ["us-east-2", "eu-west-1"],
    (node) =>
      node.tier === "web" ||
      shared.has(node.id) ||
      node.id.startsWith("network.") ||
      node.id.startsWith("security.kms."),
  );
}

/**
 * The large intent (eu-west-1, twenty API tiers) copied whole into us-west-2:
 * that region's stack is past 500 resources too, so it is nested.
 */
export function largeExtraRegionGraph(): ResourceGraph {
  return withExtraRegions(largeIntentGraph(), ["us-west-2"], () => true);
}

/** The subjects the tool tests (terraform plan, cfn-lint) add for extra serving regions. */
export function extraRegionSubjects(
  options: { large?: boolean } = {},
): { label: string; graph: ResourceGraph }[] {
  return [
    { label: "ecommerce-platform-extra-regions", graph: extraRegionsGraph() },
    ...(options.large ? [{ label: "large-extra-region", graph: largeExtraRegionGraph() }] : []),
  ];
}

/** Kinds copied into the extra regions, for tests that check the copy is realistic. */
export function kindsIn(graph: ResourceGraph, region: string): Kind[] {
  return [...new Set(graph.nodes.filter((node) => node.region === region).map((node) => node.kind))]
    .filter((kind) => kind in KINDS)
    .sort();
}
