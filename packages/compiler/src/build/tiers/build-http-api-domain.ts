import { ref } from "@idio-iac/graph";
import { hostnameOf, SHARED } from "../../context/context.js";
import { siteId } from "../../ids.js";
import { because } from "../../reason.js";
import { ensureCertificate } from "../shared/build-load-balancer.js";
import { addAliasRecords, validatedCertificate } from "../shared/build-dns.js";
import type { TierScope } from "../shared/tier-scope.js";

/**
 * A public HTTP API under the tier's host name: a regional custom domain
 * serving the site certificate (it covers the domain and `*.domain`) through
 * its validation, the API's default stage mapped at the root, and alias
 * records. The domain is dualstack so the AAAA record answers too (public
 * custom domains default to IPv4 only:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-custom-domain-names-ip-address-type.html).
 * Custom domains have no charge of their own. The DR site keeps its API's
 * own endpoint: the name points at the primary one.
 */
export function addHttpApiDomain(s: TierScope, api: string): void {
  const { context, t, site, dr } = s;
  const hostname = hostnameOf(context, t.name);
  if (hostname === undefined || !t.isPublic || dr) return;
  ensureCertificate(context, site);
  const certificateArn = validatedCertificate(context, siteId(site, SHARED.certificate), site);
  const domainName = `${api}.domain`;
  context.nodes.add({
    id: domainName,
    kind: "aws.apigatewayv2.domain_name",
    tier: t.name,
    region: site,
    props: {
      domainName: hostname,
      certificateArn,
      endpointType: "REGIONAL",
      securityPolicy: "TLS_1_2",
      ipAddressType: "dualstack",
    },
    reason: because(
      `${t.name} answers at https://${hostname}: a regional API Gateway custom domain (TLS 1.2, IPv4 and IPv6) with the validated certificate for ${context.intent.domain}`,
      [t.pointer, "/domain"],
    ),
  });
  context.nodes.add({
    id: `${api}.mapping`,
    kind: "aws.apigatewayv2.api_mapping",
    tier: t.name,
    region: site,
    props: { apiId: ref(api), domainName: ref(domainName), stage: ref(`${api}.stage`) },
    reason: because(`Serves ${t.name}'s default stage at the root of ${hostname}`, [t.pointer]),
  });
  addAliasRecords(
    context,
    t,
    {
      name: ref(domainName, "targetDomainName"),
      zoneId: ref(domainName, "hostedZoneId"),
      what: "API Gateway custom domain",
      ipv6: true,
    },
    "https",
  );
}
