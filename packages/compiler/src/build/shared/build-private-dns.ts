import { ref } from "@idio-iac/graph";
import { type CompileContext, hostnameOf, SHARED, siteRegion } from "../../context/context.js";
import type { Edge } from "../../context/connections.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";

/** The private zone of a site's VPC (`dr.`-prefixed in the DR region). */
export const PRIVATE_ZONE = "network.private.zone";

/**
 * The host name a caller reaches the load balancer of `edge.to` by (the one
 * its `<TIER>_URL` names), made to resolve inside the caller's VPC: a private
 * zone named after the domain (split-horizon), associated with the VPC of
 * `site`, and an alias A record to that site's load balancer of the target.
 * One zone per site rather than one zone associated with both VPCs: each
 * region's callers then reach their own region's load balancer, which is
 * what a warm standby needs when the primary region is down, and neither
 * stack references the other region's VPC. Returns the host name.
 */
export function privateHostFor(
  context: CompileContext,
  edge: Edge,
  site: Site,
  variable: string,
): string {
  const domain = context.intent.domain!;
  const hostname = hostnameOf(context, edge.to.name)!;
  const zone = siteId(site, PRIVATE_ZONE);
  const region = siteRegion(context, site);
  if (!context.nodes.has(zone)) {
    context.nodes.add({
      id: zone,
      kind: "aws.route53.zone",
      tier: null,
      region: site,
      props: {
        name: domain,
        comment: `Private zone for ${domain} in the VPC of ${region}, managed by IDIO`,
        vpc: { id: ref(siteId(site, SHARED.vpc)), region },
      },
      reason: because(
        `Private Route 53 zone for ${domain}, answering only inside the VPC in ${region}: the URLs that tiers call each other by (internal load balancers included) resolve there on first deploy`,
        ["/domain", edge.pointer],
      ),
    });
  }
  const record = siteId(site, `${edge.to.prefix}.private-dns.a`);
  if (!context.nodes.has(record)) {
    const alb = siteId(site, `${edge.to.prefix}.alb`);
    context.nodes.add({
      id: record,
      kind: "aws.route53.record",
      tier: edge.to.name,
      region: site,
      props: {
        zoneId: ref(zone),
        name: hostname,
        type: "A",
        alias: {
          name: ref(alb, "dnsName"),
          zoneId: ref(alb, "zoneId"),
          evaluateTargetHealth: false,
        },
      },
      reason: because(
        `${hostname} resolves, inside the VPC in ${region}, to the load balancer of ${edge.to.name}: ${edge.from.name} calls it by that name (${variable})`,
        [edge.pointer, "/domain"],
      ),
    });
  }
  return hostname;
}
