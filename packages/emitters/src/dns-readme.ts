import { markdownCode as code } from "@idio-iac/intent-schema";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";

/**
 * The README's DNS section: what to do outside AWS so the certificates are
 * issued and the names resolve. `output` names an output the way the emitter
 * does (`terraform output x`, the stack's output `X`).
 */
export function dnsReadmeSection(
  graph: ResourceGraph,
  output: (nodeId: string, attr: string) => string,
): string[] {
  // Private zones (the names internal tiers call each other by) need nothing outside AWS.
  const privateZones = new Set(
    graph.nodes
      .filter((n) => n.kind === "aws.route53.zone" && n.props.vpc !== undefined)
      .map((n) => n.id),
  );
  const zones = graph.nodes.filter(
    (n) => n.kind === "aws.route53.zone" && !privateZones.has(n.id),
  ) as GraphNode<"aws.route53.zone">[];
  const validations = graph.nodes.filter(
    (n) => n.kind === "aws.acm.certificate_validation",
  ) as GraphNode<"aws.acm.certificate_validation">[];
  const records = (
    graph.nodes.filter((n) => n.kind === "aws.route53.record") as GraphNode<"aws.route53.record">[]
  ).filter((r) => typeof r.props.zoneId === "string" || !privateZones.has(r.props.zoneId.ref));
  // Without a name of their own, distributions serve on CloudFront's (no domain).
  const onCloudFrontName = (
    graph.nodes.filter(
      (n) => n.kind === "aws.cloudfront.distribution",
    ) as GraphNode<"aws.cloudfront.distribution">[]
  ).filter((d) => d.props.aliases.length === 0);
  if (validations.length === 0 && zones.length === 0) {
    if (onCloudFrontName.length === 0) return [];
    return [
      "## DNS",
      "",
      "The intent has no domain: each public tier is served over HTTPS on its CloudFront distribution's own name (`https://<id>.cloudfront.net`), known after the deploy —",
      "",
      ...onCloudFrontName.map((d) => `- ${code(d.id)}: ${output(d.id, "url")}`),
      "",
      "Add `domain:` to the intent to serve them on your own names.",
      "",
    ];
  }
  const lines = ["## DNS", ""];
  for (const zone of zones) {
    lines.push(
      `IDIO creates the public hosted zone ${code(zone.props.name)}. Delegate the domain to it once: at the registrar (or in the parent zone) set its NS records to the name servers in ${output(zone.id, "nameServers")}. Certificates are validated in this zone, so they are issued only after the delegation: on a first deploy, create the zone alone, delegate, then deploy the rest (or let the deploy wait for validation).`,
      "",
    );
  }
  const external = validations.filter((v) => v.props.zoneId === undefined);
  if (external.length > 0) {
    lines.push(
      "DNS is hosted outside Route 53 (`dns.zone: external`). The deploy waits until each certificate is validated: add the CNAME record it asks for at your DNS provider —",
      "",
    );
    for (const v of external) lines.push(`- ${code(v.id)}: ${output(v.id, "records")}`);
    lines.push(
      "",
      "Then point each public host name at its load balancer or CloudFront distribution (a CNAME, or an ALIAS/ANAME at the apex), using the `dns_name` / `domain_name` outputs.",
      "",
    );
  }
  if (records.length > 0) {
    lines.push("| host name | record | points at |", "|---|---|---|");
    for (const r of records)
      lines.push(
        `| ${code(r.props.name)} | ${r.props.type} (alias) | ${code(r.props.alias.name.ref)} |`,
      );
    lines.push("");
  }
  return lines;
}
