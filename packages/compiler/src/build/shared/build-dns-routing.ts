import { ref, type Ref } from "@idio-iac/graph";
import { type CompileContext, nameOf } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId, slug } from "../../ids.js";
import { because } from "../../reason.js";
import { addFallThroughRecords } from "./build-dns-fallthrough.js";
import { edgePlacement } from "./cloudfront-edge.js";
import type { DnsRouting, SiteRoute } from "./dns-routing.js";
import { addHealthCheckAlarm } from "./health-check-alarms.js";

/** Route 53's defaults: a request every 30 s, unhealthy after 3 failures in a row. */
export const HEALTH_CHECK_INTERVAL_SECONDS = 30;
export const HEALTH_CHECK_FAILURE_THRESHOLD = 3;

export interface RoutedTarget {
  readonly name: Ref;
  readonly zoneId: Ref;
  readonly what: string;
  readonly ipv6: boolean;
  /** Whether Route 53 also reads the target's own health (a load balancer's targets); true when absent. */
  readonly evaluateTargetHealth?: boolean;
  /** What the site's own name points at, when not `name` (an API's second custom domain). */
  readonly own?: { readonly name: Ref; readonly zoneId: Ref };
}

/**
 * One site's share of a routed name: its own name (`<tier>-<label>.<domain>`,
 * a plain alias record the health check requests, so the check reaches this
 * site whatever the routed name answers), a health check on it, an alarm on
 * the check, and one routed record per entry of the site's route with the
 * set identifier and policy. The records evaluate the load balancer's own
 * target health too: no healthy target is unhealthy as well.
 */
export function addRoutedAliasRecords(
  context: CompileContext,
  t: ResolvedTier,
  target: RoutedTarget,
  scheme: "https" | "http",
  at: RoutedName,
  routing: DnsRouting,
  route: SiteRoute,
): void {
  const { site } = route;
  const ownName = addOwnName(context, t, target, scheme, at, routing, route);
  const healthCheck = addHealthCheck(context, t, ownName, scheme, route, routing);
  addHealthCheckAlarm(context, t, healthCheck, route, routing);
  // Geolocation has nothing behind its default record: its records go
  // through a failover pair and a latency set instead (build-dns-fallthrough.ts).
  const through =
    routing.policy === "geolocation"
      ? addFallThroughRecords(context, t, target, typesOf(target), at, routing, route, healthCheck)
      : undefined;
  route.records.forEach(({ setIdentifier, policy, idSuffix }, index) => {
    for (const type of typesOf(target)) {
      const via = through?.get(type);
      const base = `${t.prefix}.dns.${type.toLowerCase()}`;
      context.nodes.add({
        id: siteId(site, index === 0 ? base : `${base}.${slug(idSuffix ?? setIdentifier)}`),
        kind: "aws.route53.record",
        tier: t.name,
        region: site,
        props: {
          zoneId: at.zoneId,
          name: at.hostname,
          type,
          alias: via ?? {
            name: target.name,
            zoneId: target.zoneId,
            evaluateTargetHealth: target.evaluateTargetHealth ?? true,
          },
          // One URL output per name: the primary's first record.
          url:
            type === "A" && site === "primary" && index === 0
              ? `${scheme}://${at.hostname}`
              : undefined,
          routing: { setIdentifier, policy },
          // Through the tree, the alias's target health is the check's verdict.
          healthCheckId: via === undefined ? ref(healthCheck) : undefined,
        },
        reason: because(
          via === undefined
            ? `${at.hostname} (${type === "A" ? "IPv4" : "IPv6"}) answers with the ${target.what} of ${t.name} in ${route.region} (${describePolicy(policy)}; ${routing.why}) while its health check passes`
            : `${at.hostname} (${type === "A" ? "IPv4" : "IPv6"}) answers from ${t.name} in ${route.region} (${describePolicy(policy)}; ${routing.why}) while its health check passes, else from the healthy region with the lowest latency: an alias to ${t.name}-${route.label}-first.${context.intent.domain!} that evaluates its target's health, so a failed region's users fall through instead of getting no answer`,
          [t.pointer, ...at.pointers, ...routing.pointers],
        ),
      });
    }
  });
}

/** The routed name, the zone its records go in, and the intent fields behind them. */
export interface RoutedName {
  readonly hostname: string;
  readonly zoneId: Ref | string;
  readonly pointers: readonly string[];
}

function typesOf(target: RoutedTarget): readonly ("A" | "AAAA")[] {
  return target.ipv6 ? ["A", "AAAA"] : ["A"];
}

/** The site's own name, `<tier>-<label>.<domain>`: plain alias records to its entry point. */
function addOwnName(
  context: CompileContext,
  t: ResolvedTier,
  target: RoutedTarget,
  scheme: "https" | "http",
  at: RoutedName,
  routing: DnsRouting,
  route: SiteRoute,
): string {
  const ownName = `${t.name}-${route.label}.${context.intent.domain!}`;
  const points = target.own ?? target;
  for (const type of typesOf(target)) {
    context.nodes.add({
      id: siteId(route.site, `${t.prefix}.dns.site.${type.toLowerCase()}`),
      kind: "aws.route53.record",
      tier: t.name,
      region: route.site,
      props: {
        zoneId: at.zoneId,
        name: ownName,
        type,
        alias: { name: points.name, zoneId: points.zoneId, evaluateTargetHealth: false },
        // The site's own URL output: where an operator tries this site alone.
        url: type === "A" ? `${scheme}://${ownName}` : undefined,
      },
      reason: because(
        `${ownName} (${type === "A" ? "IPv4" : "IPv6"}) names the ${target.what} of ${t.name} in ${route.region} alone: its health check requests it, and operators can reach this site directly`,
        [t.pointer, ...at.pointers, ...routing.pointers],
      ),
    });
  }
  return ownName;
}

function describePolicy(policy: NonNullable<SiteRoute["records"][number]["policy"]>): string {
  switch (policy.type) {
    case "failover":
      return policy.role === "PRIMARY" ? "failover primary" : "failover secondary";
    case "latency":
      return `latency from ${policy.region}`;
    case "weighted":
      return `weight ${policy.weight}`;
    case "geolocation":
      return policy.countryCode === "*"
        ? "geolocation default: every place no other record names"
        : `geolocation ${[policy.continentCode, policy.countryCode, policy.subdivisionCode].filter(Boolean).join("-")}`;
  }
}

/**
 * A health check on the site's own name: HTTPS on 443 with SNI (HTTP on 80
 * without TLS) at the tier's health path, from Route 53's checkers around the
 * world, in us-east-1 beside its alarm (Route 53 publishes health check
 * metrics there only). An HTTPS check does not validate the certificate
 * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html).
 */
function addHealthCheck(
  context: CompileContext,
  t: ResolvedTier,
  fqdn: string,
  scheme: "https" | "http",
  route: SiteRoute,
  routing: DnsRouting,
): string {
  const id = `edge.dns.health-check.${t.prefix}.${route.label}`;
  const https = scheme === "https";
  const detection = HEALTH_CHECK_INTERVAL_SECONDS * HEALTH_CHECK_FAILURE_THRESHOLD;
  return context.nodes.add({
    id,
    kind: "aws.route53.health_check",
    tier: t.name,
    region: edgePlacement(context).region,
    props: {
      name: nameOf(context, [t.name, route.label], 255),
      type: https ? "HTTPS" : "HTTP",
      fqdn,
      port: https ? 443 : 80,
      resourcePath: t.healthCheckPath,
      requestIntervalSeconds: HEALTH_CHECK_INTERVAL_SECONDS,
      failureThreshold: HEALTH_CHECK_FAILURE_THRESHOLD,
      enableSni: https,
      measureLatency: false,
      endpoint: "aws",
    },
    reason: because(
      `Route 53 checks ${scheme}://${fqdn}${t.healthCheckPath} (${t.name} in ${route.region}) so ${routing.policy} routing answers only with healthy sites`,
      [t.pointer, `${t.pointer}/healthCheckPath`, ...routing.pointers],
      [
        `unhealthy after ${HEALTH_CHECK_FAILURE_THRESHOLD} failed requests ${HEALTH_CHECK_INTERVAL_SECONDS} s apart: about ${detection} s`,
      ],
    ),
  });
}
