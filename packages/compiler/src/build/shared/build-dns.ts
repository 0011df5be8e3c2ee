import { ref, type Ref } from "@idio-iac/graph";
import { type CompileContext, hostnameOf } from "../../context/context.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { addRoutedAliasRecords } from "./build-dns-routing.js";
import { dnsRoutingOf } from "./dns-routing.js";

/** The public hosted zone IDIO creates for the intent's domain (`dns.zone: create`). */
export const HOSTED_ZONE = "edge.dns.zone";

/**
 * Where the domain's zone lives. `create` is the default: a new zone costs
 * $0.50 a month and lets IDIO create every record (validation and aliases),
 * and delegating a domain to its name servers is a one-time step that works
 * whichever registrar holds the domain.
 */
export type DnsZone =
  | { readonly type: "create" }
  | { readonly type: "existing"; readonly hostedZoneId: string }
  | { readonly type: "external" };

export function dnsZoneOf(context: CompileContext): DnsZone {
  const zone = context.intent.dns?.zone ?? "create";
  if (zone === "create" || zone === "external") return { type: zone };
  return { type: "existing", hostedZoneId: zone };
}

function dnsPointers(context: CompileContext): string[] {
  return ["/domain", ...(context.intent.dns !== undefined ? ["/dns/zone"] : [])];
}

/**
 * The zone id records are created in: a reference to the created zone, the
 * given id, or undefined when DNS is hosted elsewhere (or there is no domain).
 */
export function zoneIdFor(context: CompileContext): Ref | string | undefined {
  const domain = context.intent.domain;
  if (domain === undefined) return undefined;
  const zone = dnsZoneOf(context);
  if (zone.type === "external") return undefined;
  if (zone.type === "existing") return zone.hostedZoneId;
  if (!context.nodes.has(HOSTED_ZONE)) {
    context.nodes.add({
      id: HOSTED_ZONE,
      kind: "aws.route53.zone",
      tier: null,
      // Route 53 is global. With CloudFront's certificate in us-east-1 (edge),
      // the zone goes there too: that certificate is validated in it, and the
      // edge template is deployed first, so no stack waits on a later one.
      region: zoneRegion(context),
      props: { name: domain, comment: `Public zone for ${domain}, managed by IDIO` },
      reason: because(
        `Public Route 53 zone for ${domain}: it holds the certificate validation and the records of every public tier; delegate the domain to its name servers (an output)`,
        dnsPointers(context),
      ),
    });
  }
  return ref(HOSTED_ZONE);
}

function zoneRegion(context: CompileContext): "primary" | "edge" {
  return context.intent.region !== "us-east-1" &&
    context.tiers.some((t) => t.type === "static-site")
    ? "edge"
    : "primary";
}

/**
 * The validation of certificate `certificateId`, next to it (same region):
 * what listeners and distributions take the certificate through, so they
 * only ever receive an issued one. Returns the validated certificate's ARN.
 */
export function validatedCertificate(
  context: CompileContext,
  certificateId: string,
  region: Site | "edge",
): Ref {
  const id = `${certificateId}.validation`;
  if (!context.nodes.has(id)) {
    const zoneId = zoneIdFor(context);
    context.nodes.add({
      id,
      kind: "aws.acm.certificate_validation",
      tier: null,
      region,
      props: { certificateArn: ref(certificateId, "arn"), zoneId },
      reason: because(
        zoneId !== undefined
          ? "Creates the certificate's DNS validation record and waits until ACM issues it, so HTTPS starts with an issued certificate"
          : "Waits until ACM issues the certificate: add the validation CNAME (terraform/README.md) at your DNS provider",
        dnsPointers(context),
      ),
    });
  }
  return ref(id, "certificateArn");
}

/**
 * Alias records naming a public entry point (a load balancer or a
 * distribution) under the tier's host name: A, and AAAA when the target
 * serves IPv6 (CloudFront does; an IPv4-only load balancer would answer an
 * AAAA alias with nothing, AAAA needs a dualstack one:
 * https://repost.aws/knowledge-center/elb-configure-with-ipv6). Alias records
 * carry the target's DNS name and its own hosted zone id, not a TTL
 * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html).
 * A `routed` target (a load balancer) served from more than one site gets
 * one health-checked record per site instead (build-dns-routing.ts); a
 * secondary site's entry point otherwise gets no record under the tier's name.
 */
export function addAliasRecords(
  context: CompileContext,
  t: ResolvedTier,
  target: {
    readonly name: Ref;
    readonly zoneId: Ref;
    readonly what: string;
    readonly ipv6: boolean;
    readonly routed?: boolean;
    /** Routed records: whether Route 53 also reads the target's own health (load balancers). */
    readonly evaluateTargetHealth?: boolean;
    /** Routed records: what the site's own name points at, when not the same target. */
    readonly own?: { readonly name: Ref; readonly zoneId: Ref };
  },
  scheme: "https" | "http",
  /** Another name than the tier's own (a warm standby's), and the site whose entry point it names. */
  at: { readonly hostname: string; readonly site: Site } = {
    hostname: hostnameOf(context, t.name) ?? "",
    site: "primary",
  },
): void {
  const { hostname, site } = at;
  const zoneId = zoneIdFor(context);
  if (hostname === "" || zoneId === undefined) return;
  const routing = target.routed === true ? dnsRoutingOf(context) : undefined;
  const route = routing?.sites.find((r) => r.site === site);
  if (routing !== undefined && route !== undefined) {
    addRoutedAliasRecords(
      context,
      t,
      target,
      scheme,
      { hostname, zoneId, pointers: dnsPointers(context) },
      routing,
      route,
    );
    return;
  }
  if (target.routed === true && site !== "primary") return;
  for (const type of target.ipv6 ? (["A", "AAAA"] as const) : (["A"] as const)) {
    context.nodes.add({
      id: siteId(site, `${t.prefix}.dns.${type.toLowerCase()}`),
      kind: "aws.route53.record",
      tier: t.name,
      region: site,
      props: {
        zoneId,
        name: hostname,
        type,
        alias: { name: target.name, zoneId: target.zoneId, evaluateTargetHealth: false },
        url: type === "A" ? `${scheme}://${hostname}` : undefined,
      },
      reason: because(
        `${hostname} (${type === "A" ? "IPv4" : "IPv6"}) points at the ${target.what} of ${t.name}`,
        [t.pointer, ...dnsPointers(context)],
      ),
    });
  }
}
