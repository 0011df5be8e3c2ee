import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import { collectRefs, isRef } from "@idio-iac/graph";

export function nodesOfKind<K extends Kind>(graph: ResourceGraph, kind: K): GraphNode<K>[] {
  return graph.nodes.filter((node) => node.kind === kind) as unknown as GraphNode<K>[];
}

/**
 * Nodes CloudFront needs in us-east-1 whatever the primary region: its
 * certificates and its CLOUDFRONT-scope web ACLs.
 */
export function globalNodeIds(graph: ResourceGraph): Set<string> {
  const ids = new Set<string>();
  for (const acl of nodesOfKind(graph, "aws.wafv2.web_acl")) {
    if (acl.props.scope === "CLOUDFRONT") ids.add(acl.id);
  }
  for (const distribution of nodesOfKind(graph, "aws.cloudfront.distribution")) {
    const certificate = distribution.props.certificateArn?.ref;
    if (certificate === undefined) continue;
    ids.add(certificate);
    // Taken through its validation: the certificate goes with it.
    const validation = graph.nodes.find((n) => n.id === certificate);
    if (validation?.kind === "aws.acm.certificate_validation")
      ids.add((validation.props as { certificateArn: { ref: string } }).certificateArn.ref);
  }
  return ids;
}

const referrerIndex = new WeakMap<ResourceGraph, Map<string, Set<string>>>();

/** Ids of the nodes whose props reference `nodeId`; indexed once per graph. */
export function referrersOf(graph: ResourceGraph, nodeId: string): ReadonlySet<string> {
  let index = referrerIndex.get(graph);
  if (index === undefined) {
    index = new Map();
    for (const node of graph.nodes) {
      for (const reference of collectRefs(node.props)) {
        let referrers = index.get(reference.ref);
        if (referrers === undefined) index.set(reference.ref, (referrers = new Set()));
        referrers.add(node.id);
      }
    }
    referrerIndex.set(graph, index);
  }
  return index.get(nodeId) ?? new Set();
}

/** Bucket-policy nodes attached to a bucket node. */
export function bucketPoliciesOf(
  graph: ResourceGraph,
  bucketId: string,
): GraphNode<"aws.s3.bucket_policy">[] {
  return nodesOfKind(graph, "aws.s3.bucket_policy").filter(
    (policy) => isRef(policy.props.bucket) && policy.props.bucket.ref === bucketId,
  );
}
