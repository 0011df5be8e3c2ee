import { ref, type Ref } from "@idio-iac/graph";
import { hostnameOf, SHARED } from "../../context/context.js";
import { siteId } from "../../ids.js";
import { because } from "../../reason.js";
import { ensureCertificate } from "../shared/build-load-balancer.js";
import { addAliasRecords, validatedCertificate } from "../shared/build-dns.js";
import { dnsRoutingOf } from "../shared/dns-routing.js";
import type { TierScope } from "../shared/tier-scope.js";

/**
 * A public HTTP API under the tier's host name: a regional custom domain
 * serving the site certificate (it covers the domain and `*.domain`) through
 * its validation, the API's default stage mapped at the root, and alias
 * records. The domain is dualstack so the AAAA record answers too (public
 * custom domains default to IPv4 only:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names-ip-address-type.html).
 * Custom domains have no charge of their own. When several sites serve the
 * tier, each has the name as a custom domain of its own (a regional custom
 * domain's name may exist in several regions), plus the site's own name
 * for its health check (API Gateway answers only the names it has as custom
 * domains), and Route 53 routes the name over them (build-dns-routing.ts).
 */
export function addHttpApiDomain(s: TierScope, api: string): void {
  const { context, t, site, dr } = s;
  const hostname = hostnameOf(context, t.name);
  if (hostname === undefined || !t.isPublic) return;
  const route = dnsRoutingOf(context)?.sites.find((r) => r.site === site);
  // Without routing, a secondary site keeps its API's own endpoint.
  if (dr && route === undefined) return;
  ensureCertificate(context, site);
  const certificateArn = validatedCertificate(context, siteId(site, SHARED.certificate), site);
  const domainName = addDomain(s, api, "domain", hostname, certificateArn);
  const own =
    route !== undefined
      ? addDomain(
          s,
          api,
          "domain.site",
          `${t.name}-${route.label}.${context.intent.domain!}`,
          certificateArn,
        )
      : undefined;
  addAliasRecords(
    context,
    t,
    {
      name: ref(domainName, "targetDomainName"),
      zoneId: ref(domainName, "hostedZoneId"),
      what: "API Gateway custom domain",
      ipv6: true,
      routed: true,
      evaluateTargetHealth: false,
      ...(own !== undefined
        ? { own: { name: ref(own, "targetDomainName"), zoneId: ref(own, "hostedZoneId") } }
        : {}),
    },
    "https",
    { hostname, site },
  );
}

/** A custom domain `name` for the API, with its `$default` stage mapped at the root; returns its id. */
function addDomain(
  s: TierScope,
  api: string,
  local: "domain" | "domain.site",
  name: string,
  certificateArn: Ref,
): string {
  const { context, t, site } = s;
  const id = `${api}.${local}`;
  context.nodes.add({
    id,
    kind: "aws.apigatewayv2.domain_name",
    tier: t.name,
    region: site,
    props: {
      domainName: name,
      certificateArn,
      endpointType: "REGIONAL",
      securityPolicy: "TLS_1_2",
      ipAddressType: "dualstack",
    },
    reason: because(
      local === "domain"
        ? `${t.name} answers at https://${name}: a regional API Gateway custom domain (TLS 1.2, IPv4 and IPv6) with the validated certificate for ${context.intent.domain}`
        : `${t.name} answers at https://${name} in this region alone, the name its Route 53 health check requests`,
      [t.pointer, "/domain"],
    ),
  });
  context.nodes.add({
    id: local === "domain" ? `${api}.mapping` : `${api}.mapping.site`,
    kind: "aws.apigatewayv2.api_mapping",
    tier: t.name,
    region: site,
    props: { apiId: ref(api), domainName: ref(id), stage: ref(`${api}.stage`) },
    reason: because(`Serves ${t.name}'s default stage at the root of ${name}`, [t.pointer]),
  });
  return id;
}
