import { publicHostname } from "@idio-iac/compiler";
import type { GraphNode } from "@idio-iac/graph";
import type { Plan } from "idio-iac";

/** Where the intent's domain is served from (`dns.zone`). */
export type ZoneMode =
  | { readonly type: "create"; readonly zone: GraphNode<"aws.route53.zone"> }
  | { readonly type: "existing"; readonly hostedZoneId: string }
  | { readonly type: "external" };

/** A public host name of a tier and the entry point it names. */
export interface PublicHost {
  readonly tier: string;
  readonly hostname: string;
  readonly url: string;
  /** The load balancer or CloudFront distribution the name points at. */
  readonly target: GraphNode<"aws.elbv2.load_balancer" | "aws.cloudfront.distribution">;
  /** The alias records IDIO creates for it (none when DNS is external). */
  readonly records: readonly GraphNode<"aws.route53.record">[];
}

export function zoneModeOf(plan: Plan): ZoneMode | undefined {
  if (plan.intent.domain === undefined) return undefined;
  const zone = plan.graph.nodes.find((n) => n.kind === "aws.route53.zone" && !isPrivateZone(n)) as
    GraphNode<"aws.route53.zone"> | undefined;
  if (zone !== undefined) return { type: "create", zone };
  const setting = plan.intent.dns?.zone ?? "create";
  return setting === "external"
    ? { type: "external" }
    : { type: "existing", hostedZoneId: setting };
}

/** A zone private to a VPC (`vpc` set): the names internal tiers call each other by. */
function isPrivateZone(node: GraphNode): boolean {
  return node.kind === "aws.route53.zone" && (node.props as { vpc?: unknown }).vpc !== undefined;
}

/**
 * Every public host name, in intent order. With a zone, the A/AAAA alias
 * records the compiler created are the truth. With DNS hosted elsewhere
 * there are none, so the names come from the compiler's own rule
 * (`publicHostname`); the entry point is the tier's distribution, else its
 * internet-facing load balancer in the primary region.
 */
export function publicHosts(plan: Plan): PublicHost[] {
  const { intent, graph } = plan;
  const domain = intent.domain;
  if (domain === undefined) return [];
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  // Records in a private zone name internal tiers: not public host names.
  const records = (
    graph.nodes.filter((n) => n.kind === "aws.route53.record") as GraphNode<"aws.route53.record">[]
  ).filter((r) => {
    const zone = typeof r.props.zoneId === "string" ? undefined : byId.get(r.props.zoneId.ref);
    return zone === undefined || !isPrivateZone(zone);
  });
  const hosts: PublicHost[] = [];
  if (records.length > 0) {
    for (const tier of intent.tiers) {
      const own = records.filter((r) => r.tier === tier.name);
      const a = own.find((r) => r.props.type === "A") ?? own[0];
      const target = a === undefined ? undefined : entryPointBehind(a, byId);
      if (a === undefined || target === undefined) continue;
      hosts.push({
        tier: tier.name,
        hostname: a.props.name,
        url: a.props.url ?? `https://${a.props.name}`,
        target: target as PublicHost["target"],
        records: own,
      });
    }
    return hosts;
  }
  for (const tier of intent.tiers) {
    const target = entryPointOf(plan, tier.name);
    if (target === undefined) continue;
    const hostname = publicHostname(intent, tier.name) ?? domain;
    hosts.push({ tier: tier.name, hostname, url: `https://${hostname}`, target, records: [] });
  }
  return hosts;
}

/**
 * The node a record's alias ends at: through aliases to other records of the
 * zone (geolocation's fall-through tree: a place's record, its site's failover
 * pair) to the load balancer or distribution.
 */
function entryPointBehind(
  record: GraphNode<"aws.route53.record">,
  byId: ReadonlyMap<string, GraphNode>,
): GraphNode | undefined {
  let node = byId.get(record.props.alias.name.ref);
  for (let hops = 0; node?.kind === "aws.route53.record" && hops < 8; hops++)
    node = byId.get((node as GraphNode<"aws.route53.record">).props.alias.name.ref);
  return node;
}

function entryPointOf(plan: Plan, tier: string): PublicHost["target"] | undefined {
  const own = plan.graph.nodes.filter((n) => n.tier === tier);
  return (own.find((n) => n.kind === "aws.cloudfront.distribution") ??
    own.find(
      (n) =>
        n.kind === "aws.elbv2.load_balancer" &&
        n.region === "primary" &&
        !(n as GraphNode<"aws.elbv2.load_balancer">).props.internal,
    )) as PublicHost["target"] | undefined;
}

/** A public tier served on CloudFront's own name (no domain): its URL is known only after apply. */
export interface CloudFrontNameUrl {
  readonly tier: string;
  readonly distribution: GraphNode<"aws.cloudfront.distribution">;
}

/** Distributions in the primary region without a name of their own, in intent order. */
export function cloudFrontNameUrls(plan: Plan): CloudFrontNameUrl[] {
  const distributions = plan.graph.nodes.filter(
    (n) =>
      n.kind === "aws.cloudfront.distribution" &&
      n.region === "primary" &&
      (n as GraphNode<"aws.cloudfront.distribution">).props.aliases.length === 0,
  ) as GraphNode<"aws.cloudfront.distribution">[];
  return plan.intent.tiers.flatMap((tier) =>
    distributions
      .filter((d) => d.tier === tier.name)
      .map((distribution) => ({ tier: tier.name, distribution })),
  );
}
