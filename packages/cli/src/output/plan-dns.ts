import { outputNames } from "@idio-iac/emitters";
import type { GraphNode } from "@idio-iac/graph";
import { escapeMarkdown, markdownCode as code } from "@idio-iac/intent-schema";
import type { Plan } from "idio-iac";
import { cloudFrontNameUrls, publicHosts, zoneModeOf, type PublicHost } from "../public-hosts.js";

/** "the Terraform output `x` / the CloudFormation output `X`": where an emitted value lands. */
function outputOf(nodeId: string, attr: string): string {
  const names = outputNames(nodeId, attr);
  return `the Terraform output ${code(names.terraform)} / the CloudFormation output ${code(names.cloudFormation)}`;
}

function entryAttr(target: PublicHost["target"]): string {
  return target.kind === "aws.cloudfront.distribution" ? "domainName" : "dnsName";
}

function entryWhat(target: PublicHost["target"]): string {
  return target.kind === "aws.cloudfront.distribution"
    ? "CloudFront distribution"
    : "load balancer";
}

/**
 * plan.md's DNS section: the domain, where its zone lives and what the
 * reader must do outside AWS (delegate a created zone; with DNS hosted
 * elsewhere, add the validation CNAMEs and the host names), every public
 * host name with what it points at, and each public tier's URL. Without a
 * domain: the tiers served on CloudFront's own name and the outputs that
 * will hold their URLs (empty when there are none).
 */
export function planDnsSection(plan: Plan): string | undefined {
  const mode = zoneModeOf(plan);
  const domain = plan.intent.domain;
  if (mode === undefined || domain === undefined) return cloudFrontNameSection(plan);
  const hosts = publicHosts(plan);
  const lines: string[] = ["| | |", "|---|---|", `| domain | ${code(domain)} |`];
  if (mode.type === "create") {
    lines.push(
      `| zone | created by IDIO: ${code(mode.zone.id)} |`,
      "",
      `Delegate the domain to the new zone once: at the registrar (or in the parent zone), set its NS records to the name servers in ${outputOf(mode.zone.id, "nameServers")}. Certificates are validated in this zone, so they are issued only after the delegation.`,
    );
  } else if (mode.type === "existing") {
    lines.push(
      `| zone | existing hosted zone ${code(mode.hostedZoneId)} |`,
      "",
      "IDIO creates the certificate validation records and the host names in this zone.",
    );
  } else {
    lines.push(
      "| zone | hosted outside Route 53 (`dns.zone: external`) |",
      "",
      "Create these records at your DNS provider. The deploy waits until each certificate is validated:",
      "",
    );
    const validations = plan.graph.nodes.filter(
      (n) => n.kind === "aws.acm.certificate_validation",
    ) as GraphNode<"aws.acm.certificate_validation">[];
    for (const v of validations)
      lines.push(
        `- the validation CNAME of ${code(v.props.certificateArn.ref)}: in ${outputOf(v.id, "records")}`,
      );
    for (const host of hosts)
      lines.push(
        `- ${code(host.hostname)}: a CNAME (an ALIAS or ANAME at the apex) to the ${entryWhat(host.target)} ${code(host.target.id)}, whose name is in ${outputOf(host.target.id, entryAttr(host.target))}`,
      );
  }
  lines.push("");
  if (hosts.length > 0) {
    lines.push("| host name | record | points at |", "|---|---|---|");
    for (const host of hosts) {
      const record =
        host.records.length > 0
          ? host.records.map((r) => `${r.props.type} (alias)`).join(", ")
          : "at your DNS provider";
      lines.push(
        `| ${code(host.hostname)} | ${record} | ${entryWhat(host.target)} ${code(host.target.id)} |`,
      );
    }
    lines.push("", "| tier | URL |", "|---|---|");
    for (const host of hosts) lines.push(`| ${escapeMarkdown(host.tier)} | ${code(host.url)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

function cloudFrontNameSection(plan: Plan): string | undefined {
  const served = cloudFrontNameUrls(plan);
  if (served.length === 0) return undefined;
  return [
    "No domain: each public tier is served over HTTPS on its CloudFront distribution's own name (`https://<id>.cloudfront.net`), known once the distribution exists.",
    "",
    "| tier | served by | URL after apply |",
    "|---|---|---|",
    ...served.map(
      ({ tier, distribution }) =>
        `| ${escapeMarkdown(tier)} | CloudFront distribution ${code(distribution.id)} | ${outputOf(distribution.id, "url")} |`,
    ),
    "",
    "To serve them on your own name, add `domain:` (and `dns.zone`) to the intent: each distribution then gets its host name and an ACM certificate, and each load balancer a certificate of its own, so the leg from CloudFront is encrypted too.",
    "",
  ].join("\n");
}
