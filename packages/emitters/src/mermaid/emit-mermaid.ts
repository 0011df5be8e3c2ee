import {
  collectRefs,
  isRegionCode,
  KINDS,
  nodeById,
  type GraphNode,
  type Kind,
  type ResourceGraph,
} from "@idio-iac/graph";
import { escapeMermaidLabel } from "@idio-iac/intent-schema";

type Layer = "public" | "private" | "isolated";
const LAYERS: readonly Layer[] = ["public", "private", "isolated"];

/** Plumbing a reader does not need as boxes: it would triple the diagram. */
const HIDDEN: ReadonlySet<Kind> = new Set<Kind>([
  "aws.ec2.security_group_ingress",
  "aws.ec2.security_group_egress",
  "aws.ec2.route_table_association",
  "aws.ec2.subnet",
  "aws.ec2.vpc",
]);

/** Kinds whose references are worth an arrow: how requests and data flow. */
const FLOW_GROUPS = new Set(["edge", "compute", "data"]);

/**
 * An architecture diagram in Mermaid: the VPC split into its public, private
 * and isolated layers, each holding the tiers that run there; regional
 * services by tier; platform resources (security, operations, recovery);
 * the DR region and each extra serving region apart. Subnets collapse into
 * one box per layer; security group rules and route-table associations are
 * left out.
 */
export function emitMermaid(graph: ResourceGraph): string {
  const byId = nodeById(graph);
  const lines: string[] = ["flowchart TB"];
  const placed = new Map<string, string>(); // node id → mermaid id it is drawn as
  const subnetLayer = (id: string): Layer | undefined => {
    const node = byId.get(id);
    return node?.kind === "aws.ec2.subnet" ? node.props.layer : undefined;
  };
  const ownLayer = (node: GraphNode): Layer | undefined => {
    if (node.kind === "aws.ec2.internet_gateway") return "public";
    const layers = new Set<Layer>();
    for (const reference of collectRefs(node.props)) {
      const direct = subnetLayer(reference.ref);
      if (direct) layers.add(direct);
      const target = byId.get(reference.ref);
      if (
        target?.kind === "aws.rds.subnet_group" ||
        target?.kind === "aws.elasticache.subnet_group"
      ) {
        for (const inner of collectRefs(target.props)) {
          const layer = subnetLayer(inner.ref);
          if (layer) layers.add(layer);
        }
      }
    }
    return LAYERS.find((layer) => layers.has(layer));
  };
  // A node outside any subnet sits with what it belongs to in its tier (a cluster instance with its
  // cluster); CloudFront is global and stays at the edge, even in front of an internal load balancer.
  const layerOf = (node: GraphNode): Layer | undefined =>
    node.kind.startsWith("aws.cloudfront.")
      ? undefined
      : (ownLayer(node) ??
        collectRefs(node.props)
          .map((reference) => byId.get(reference.ref))
          .filter(
            (target): target is GraphNode => target !== undefined && target.tier === node.tier,
          )
          .map(ownLayer)
          .find((layer) => layer !== undefined));
  const inVpc = (node: GraphNode): boolean =>
    collectRefs(node.props).some((reference) => byId.get(reference.ref)?.kind === "aws.ec2.vpc");

  const primary = graph.nodes.filter((node) => node.region === "primary");
  const dr = graph.nodes.filter((node) => node.region === "dr");
  const usEast1 = graph.nodes.filter((node) => node.region === "edge");
  const dns = publicDns(graph);
  const visible = (node: GraphNode) => !HIDDEN.has(node.kind) && !dns.ids.has(node.id);

  lines.push('  users(("Users"))');
  // The domain's public zone and its records, whatever region their stack is
  // in: a group of its own, with an arrow from each record to what it names.
  if (dns.nodes.length > 0) {
    lines.push(`  subgraph dns["DNS zone ${escape(dns.zone)}"]`);
    for (const node of dns.nodes) lines.push(`    ${box(node, placed)}`);
    lines.push("  end");
  }
  const vpcs = primary.filter((node) => node.kind === "aws.ec2.vpc");
  const assigned = new Set<string>();
  for (const vpc of vpcs) {
    const cidr = vpc.kind === "aws.ec2.vpc" ? vpc.props.cidrBlock : "";
    lines.push(`  subgraph ${mid(vpc.id)}["VPC ${cidr}"]`);
    lines.push("    direction TB");
    for (const layer of LAYERS) {
      const subnets = primary.filter((n) => n.kind === "aws.ec2.subnet" && n.props.layer === layer);
      const members = primary.filter(
        (n) => visible(n) && !assigned.has(n.id) && layerOf(n) === layer,
      );
      if (subnets.length === 0 && members.length === 0) continue;
      const layerId = `${mid(vpc.id)}_${layer}`;
      lines.push(`    subgraph ${layerId}["${layer} subnets"]`);
      if (subnets.length > 0) {
        const subnetsId = `${layerId}_subnets`;
        const zones = subnets
          .map((s) =>
            s.kind === "aws.ec2.subnet" ? `${s.props.cidrBlock} ${s.props.availabilityZone}` : "",
          )
          .join("<br/>");
        lines.push(`      ${subnetsId}["${subnets.length} subnets<br/><small>${zones}</small>"]`);
        for (const subnet of subnets) placed.set(subnet.id, subnetsId);
      }
      for (const [tier, nodes] of byTier(members)) {
        lines.push(`      subgraph ${layerId}_${mid(tier)}["tier ${escape(tier)}"]`);
        for (const node of nodes) lines.push(`        ${box(node, placed)}`);
        lines.push("      end");
      }
      for (const node of members) assigned.add(node.id);
      lines.push("    end");
    }
    const shared = primary.filter((n) => visible(n) && !assigned.has(n.id) && inVpc(n));
    for (const node of shared) {
      lines.push(`    ${box(node, placed)}`);
      assigned.add(node.id);
    }
    lines.push("  end");
    placed.set(vpc.id, mid(vpc.id));
  }

  const rest = primary.filter((n) => visible(n) && !assigned.has(n.id));
  const platform = (n: GraphNode) =>
    ["security", "operations", "recovery"].includes(KINDS[n.kind].group);
  const edge = rest.filter((n) => KINDS[n.kind].group === "edge");
  const regional = rest.filter((n) => !platform(n) && KINDS[n.kind].group !== "edge");
  if (edge.length > 0) {
    lines.push('  subgraph edge["Edge"]');
    for (const node of edge) lines.push(`    ${box(node, placed)}`);
    lines.push("  end");
  }
  if (regional.length > 0) {
    lines.push('  subgraph regional["Regional services"]');
    for (const [tier, nodes] of byTier(regional)) {
      lines.push(`    subgraph regional_${mid(tier)}["tier ${escape(tier)}"]`);
      for (const node of nodes) lines.push(`      ${box(node, placed)}`);
      lines.push("    end");
    }
    lines.push("  end");
  }
  const platformNodes = rest.filter(platform);
  if (platformNodes.length > 0) {
    lines.push('  subgraph platform["Security, operations and recovery"]');
    for (const group of ["security", "operations", "recovery"] as const) {
      const nodes = platformNodes.filter((n) => KINDS[n.kind].group === group);
      if (nodes.length === 0) continue;
      lines.push(`    subgraph platform_${group}["${group}"]`);
      for (const node of nodes) lines.push(`      ${box(node, placed)}`);
      lines.push("    end");
    }
    lines.push("  end");
  }
  if (dr.length > 0) {
    lines.push(`  subgraph dr_region["DR region ${escape(graph.drRegion ?? "")}"]`);
    for (const node of dr.filter(visible)) lines.push(`    ${box(node, placed)}`);
    lines.push("  end");
  }
  // An extra serving region apart, like the DR region, in the graph's (the intent's) order.
  for (const region of graph.regions ?? []) {
    const nodes = graph.nodes.filter((node) => node.region === region && visible(node));
    if (nodes.length === 0) continue;
    lines.push(`  subgraph ${mid(`region ${region}`)}["Region ${escape(region)}"]`);
    for (const node of nodes) lines.push(`    ${box(node, placed)}`);
    lines.push("  end");
  }
  if (usEast1.length > 0) {
    lines.push('  subgraph edge_region["us-east-1 (CloudFront)"]');
    for (const node of usEast1.filter(visible)) lines.push(`    ${box(node, placed)}`);
    lines.push("  end");
  }

  // Arrows: who uses whom, among edge, compute and data nodes.
  const arrows = new Set<string>();
  for (const node of graph.nodes) {
    const from = placed.get(node.id);
    if (from === undefined || !FLOW_GROUPS.has(KINDS[node.kind].group)) continue;
    for (const reference of collectRefs(node.props)) {
      const target = byId.get(reference.ref);
      const to = placed.get(reference.ref);
      if (target === undefined || to === undefined || to === from) continue;
      // A record inside the zone's group needs no arrow to it.
      if (dns.ids.has(node.id) && dns.ids.has(target.id)) continue;
      if (!FLOW_GROUPS.has(KINDS[target.kind].group)) continue;
      if (node.kind === "aws.route53.record" && dns.ids.has(node.id)) {
        arrows.add(`  ${from} -->|"${escape(node.props.name)}"| ${to}`);
        continue;
      }
      if (dns.ids.has(target.id) && node.kind.startsWith("aws.acm.")) {
        arrows.add(`  ${from} -. validated in .-> ${to}`);
        continue;
      }
      // Between regions (not to us-east-1's CloudFront pieces), a reference is a copy of data:
      // anything the DR region holds, and a data store of a serving region (a global
      // database's secondary) to one elsewhere.
      const crossRegion =
        target.region !== node.region && target.region !== "edge" && node.region !== "edge";
      const copies =
        target.region === "dr" ||
        node.region === "dr" ||
        (KINDS[node.kind].group === "data" && KINDS[target.kind].group === "data");
      arrows.add(
        crossRegion && copies ? `  ${from} -. replicates .-> ${to}` : `  ${from} --> ${to}`,
      );
    }
  }
  // Requests enter through what nothing else fronts: distributions, public load balancers, HTTP APIs.
  const fronted = new Set(
    graph.nodes
      .filter((n) => n.kind === "aws.cloudfront.distribution")
      .flatMap((n) => collectRefs(n.props).map((r) => r.ref)),
  );
  // The primary and every extra serving region take requests.
  const serving = graph.nodes.filter(
    (node) => node.region === "primary" || isRegionCode(node.region),
  );
  for (const node of serving) {
    const entry =
      node.kind === "aws.cloudfront.distribution" ||
      (node.kind === "aws.elbv2.load_balancer" && !node.props.internal && !fronted.has(node.id)) ||
      (node.kind === "aws.apigatewayv2.api" && !fronted.has(node.id));
    if (entry && placed.has(node.id)) arrows.add(`  users --> ${placed.get(node.id)}`);
  }
  lines.push(...[...arrows].sort());
  lines.push(
    "  classDef data fill:#e8f1fb,stroke:#2f6db5",
    "  classDef compute fill:#eaf7ea,stroke:#2e7d32",
    "  classDef edge fill:#fff4e5,stroke:#ef8a00",
    "  classDef platform fill:#f3eefa,stroke:#6a3fb5",
  );
  const classes: Record<string, string[]> = { data: [], compute: [], edge: [], platform: [] };
  for (const node of graph.nodes) {
    const id = placed.get(node.id);
    if (id === undefined || id !== mid(node.id)) continue;
    const group = KINDS[node.kind].group;
    const cls =
      group === "network"
        ? undefined
        : ["security", "operations", "recovery"].includes(group)
          ? "platform"
          : group;
    if (cls) classes[cls]!.push(id);
  }
  for (const [cls, ids] of Object.entries(classes)) {
    if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${cls}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The public zone (created, or the id records go into) and its records.
 * A private zone (`vpc` set) and its records stay with the VPC's services.
 */
function publicDns(graph: ResourceGraph): { zone: string; nodes: GraphNode[]; ids: Set<string> } {
  const isPrivate = (node: GraphNode | undefined): boolean =>
    node?.kind === "aws.route53.zone" && (node.props as { vpc?: unknown }).vpc !== undefined;
  const byId = nodeById(graph);
  const zones = graph.nodes.filter((n) => n.kind === "aws.route53.zone" && !isPrivate(n));
  const records = graph.nodes.filter(
    (n): n is GraphNode<"aws.route53.record"> =>
      n.kind === "aws.route53.record" &&
      (typeof n.props.zoneId === "string" || !isPrivate(byId.get(n.props.zoneId.ref))),
  );
  const nodes = [...zones, ...records];
  const first = zones[0];
  const zone =
    first?.kind === "aws.route53.zone"
      ? first.props.name
      : typeof records[0]?.props.zoneId === "string"
        ? records[0].props.zoneId
        : "";
  return { zone, nodes, ids: new Set(nodes.map((n) => n.id)) };
}

function byTier(nodes: readonly GraphNode[]): Map<string, GraphNode[]> {
  const tiers = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    const tier = node.tier ?? "shared";
    tiers.set(tier, [...(tiers.get(tier) ?? []), node]);
  }
  return new Map([...tiers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A node's box, its shape telling its group; records where it is drawn. */
function box(node: GraphNode, placed: Map<string, string>): string {
  const id = mid(node.id);
  placed.set(node.id, id);
  const label = `"${escape(node.id)}<br/><small>${escape(shortKind(node.kind))}</small>"`;
  switch (KINDS[node.kind].group) {
    case "data":
      return `${id}[(${label})]`;
    case "edge":
      return `${id}([${label}])`;
    case "network":
      return `${id}(${label})`;
    case "security":
      return `${id}{{${label}}}`;
    case "recovery":
      return `${id}[[${label}]]`;
    default:
      return `${id}[${label}]`;
  }
}

/** `aws.rds.cluster_instance` → `rds cluster instance`. */
function shortKind(kind: Kind): string {
  return kind.replace(/^aws\./, "").replace(/[._]/g, " ");
}

/** A Mermaid-safe id for a node id. */
function mid(id: string): string {
  return `n_${id.replace(/[^A-Za-z0-9]/g, "_")}`;
}

function escape(text: string): string {
  return escapeMermaidLabel(text);
}
