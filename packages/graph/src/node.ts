import type { Kind, KindInfo, PropsByKind } from "./kinds/index.js";

/** Why a node exists and why it has its size: the intent fields behind it. */
export interface NodeReason {
  /** One sentence a reviewer can read, e.g. "Aurora because availability is 99.99". */
  readonly summary: string;
  /** JSON pointers into the intent that drove the decision (`/tiers/2/dataSizeGb`). */
  readonly pointers: readonly string[];
  /** The visible arithmetic, one step per line ("500 GB x 1.2 headroom = 600 GB"). */
  readonly calculation: readonly string[];
}

/** An AWS region's code (`us-west-2`, `eu-central-1`): an extra serving region's nodes carry it. */
export type AwsRegionCode = `${string}-${string}-${number}`;

/**
 * See `GraphNode.region`: primary, disaster recovery, us-east-1 for
 * CloudFront, or the code of an extra serving region (`ResourceGraph.regions`).
 */
export type NodeRegion = "primary" | "dr" | "edge" | AwsRegionCode;

interface NodeOf<K extends Kind> {
  /** Stable, readable id derived from the intent (`api.service`, `network.vpc`). */
  readonly id: string;
  readonly kind: K;
  /** The intent tier the node serves, or null for shared platform resources. */
  readonly tier: string | null;
  /**
   * Where the node is created: the intent's (primary) region, the
   * disaster-recovery region, or `edge` = us-east-1, for the resources
   * CloudFront only accepts from there (ACM certificates and CLOUDFRONT-scope
   * WAF web ACLs of a distribution) when the primary region is another one.
   * In a us-east-1 graph those resources are simply `primary`. A node in
   * one of the graph's extra serving regions (`ResourceGraph.regions`)
   * carries that region's code (`us-west-2`). `awsRegionOf` resolves any of
   * them to the AWS region.
   */
  readonly region: NodeRegion;
  readonly props: PropsByKind[K];
  /** Ids of nodes that must exist first, beyond those referenced in props. */
  readonly dependsOn: readonly string[];
  readonly tags: Readonly<Record<string, string>>;
  readonly reason: NodeReason;
}

/** A graph node: a discriminated union over `kind`, so `props` narrows with it. */
export type GraphNode<K extends Kind = Kind> = { [P in K]: NodeOf<P> }[K];

export type Group = KindInfo["group"];
