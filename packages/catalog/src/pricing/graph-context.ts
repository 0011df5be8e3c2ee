import { awsRegionOf, indexGraph, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import type { AssumptionInput, MapperContext } from "./mapper-types.js";
import type { TierUsage, Usage } from "./usage.js";
import { compareText } from "../money.js";

const ENTRY_KINDS = new Set([
  "aws.elbv2.load_balancer",
  "aws.apigatewayv2.api",
  "aws.cloudfront.distribution",
]);

/**
 * The kinds whose references the mappers follow backwards (a service's
 * scaling target, a load balancer's listeners, a plan's selections, ...);
 * other referrers (a web ACL's logging configuration) serve no tier.
 */
const REFERRING_KINDS: ReadonlySet<string> = new Set([
  "aws.appautoscaling.target",
  "aws.elbv2.listener",
  "aws.ecs.service",
  "aws.autoscaling.group",
  "aws.wafv2.web_acl_association",
  "aws.cloudfront.distribution",
  "aws.sqs.queue",
  "aws.s3.bucket",
  "aws.backup.selection",
  "aws.ec2.flow_log",
]);

/** The graph indexes every mapper shares, built once per estimate. */
export function createMapperContext(
  graph: ResourceGraph,
  usage: Usage,
  /** Records a default and returns the value to use (an override may replace it). */
  recordAssumption: (assumption: AssumptionInput) => number,
): MapperContext {
  const index = indexGraph(graph);
  const byId = index.byId;
  const referrers = new Map<string, readonly GraphNode[]>();
  const azs = new Set(
    graph.nodes.flatMap((node) =>
      node.kind === "aws.ec2.subnet" && node.region === "primary"
        ? [node.props.availabilityZone]
        : [],
    ),
  );

  const referrersOf = (id: string): readonly GraphNode[] => {
    let list = referrers.get(id);
    if (list === undefined) {
      list = index.referrers(id).filter((node) => REFERRING_KINDS.has(node.kind));
      referrers.set(id, list);
    }
    return list;
  };
  const tierOf = (name: string | null): TierUsage | undefined =>
    name === null ? undefined : usage.tiers[name];

  function tiersBehindLoadBalancer(id: string): TierUsage[] {
    const tiers = new Set<string>();
    for (const listener of referrersOf(id)) {
      if (listener.kind !== "aws.elbv2.listener" || listener.props.defaultAction.type !== "forward")
        continue;
      const targetGroup = listener.props.defaultAction.targetGroupArn.ref;
      for (const target of referrersOf(targetGroup)) {
        if (
          (target.kind === "aws.ecs.service" || target.kind === "aws.autoscaling.group") &&
          target.tier !== null
        )
          tiers.add(target.tier);
      }
    }
    return [...tiers].sort().flatMap((name) => (usage.tiers[name] ? [usage.tiers[name]] : []));
  }

  const served = new Map<string, readonly TierUsage[]>();
  function tiersServedBy(nodeId: string): readonly TierUsage[] {
    const cached = served.get(nodeId);
    if (cached) return cached;
    const node = byId.get(nodeId);
    let tiers: readonly TierUsage[] = [];
    if (node?.kind === "aws.elbv2.load_balancer") tiers = tiersBehindLoadBalancer(nodeId);
    else if (node?.kind === "aws.wafv2.web_acl") {
      const names = new Map<string, TierUsage>();
      for (const user of referrersOf(nodeId)) {
        const entry =
          user.kind === "aws.wafv2.web_acl_association"
            ? byId.get(user.props.resourceArn.ref)
            : user;
        const entryNode =
          entry?.kind === "aws.apigatewayv2.stage" ? byId.get(entry.props.apiId.ref) : entry;
        if (!entryNode) continue;
        for (const tier of tiersServedBy(entryNode.id)) names.set(tier.tier, tier);
      }
      tiers = [...names.values()].sort((a, b) => compareText(a.tier, b.tier));
    }
    if (tiers.length === 0 && node) {
      const own = tierOf(node.tier);
      tiers = own ? [own] : [];
    }
    served.set(nodeId, tiers);
    return tiers;
  }

  // Internet-facing entry points, and each one's share of the egress assumption.
  const loadBalancersBehindCdn = new Set(
    graph.nodes.flatMap((node) =>
      node.kind === "aws.cloudfront.distribution" && node.props.origin.type === "vpc-origin"
        ? [node.props.origin.domainName.ref]
        : [],
    ),
  );
  const entries = graph.nodes.filter(
    (node) =>
      ENTRY_KINDS.has(node.kind) &&
      node.region === "primary" &&
      !(
        node.kind === "aws.elbv2.load_balancer" &&
        (node.props.internal || loadBalancersBehindCdn.has(node.id))
      ),
  );
  const entryRequests = new Map(
    entries.map((node) => [
      node.id,
      tiersServedBy(node.id).reduce((sum, tier) => sum + tier.requestsPerMonth, 0),
    ]),
  );
  const totalEntryRequests = [...entryRequests.values()].reduce((sum, value) => sum + value, 0);

  const memos = new Map<string, unknown>();

  return {
    graph,
    usage,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    // The graph's one resolver: edge nodes (CloudFront's certificate and web ACL) in us-east-1,
    // an extra serving region's nodes in that region.
    regionOf: (node) => awsRegionOf(graph, node),
    node: (id) => byId.get(id),
    referrers: referrersOf,
    tier: tierOf,
    assume: (assumption) => recordAssumption(assumption),
    azCount: Math.max(1, azs.size),
    tiersServedBy,
    internetEgressGb(nodeId) {
      const requests = entryRequests.get(nodeId);
      if (requests === undefined) return 0;
      const share = totalEntryRequests > 0 ? requests / totalEntryRequests : 1 / entries.length;
      return usage.dataTransferOutGbPerMonth * share;
    },
  };
}
