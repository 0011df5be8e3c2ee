import { ref, type DistributionProps } from "@idio-iac/graph";
import { type CompileContext, nameOf, SHARED } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import { addAlarms, type AlarmRecipe } from "./alarm-recipes.js";
import { addAliasRecords, validatedCertificate, zoneIdFor } from "./build-dns.js";
import { webAclProps } from "./web-acl.js";

/**
 * What every CloudFront distribution shares, whatever its origin (a static
 * site's bucket or a tier's internal load balancer): the us-east-1
 * certificate and web ACL, the price class, the error-rate alarm.
 */

/**
 * AWS managed CloudFront policies, by their fixed ids
 * (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html,
 * .../using-managed-origin-request-policies.html, .../using-managed-response-headers-policies.html).
 */
export const CACHE_POLICIES = {
  /** Static files: nothing from the request in the cache key. */
  cachingOptimized: "658327ea-f89d-4fab-a63d-7e88639e58f6",
  /** Dynamic responses: nothing cached, every request reaches the application. */
  cachingDisabled: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
} as const;
/** AllViewer: every viewer header (Host included), cookie and query string reaches the origin. */
export const ALL_VIEWER_ORIGIN_REQUESTS = "216adef6-5c7f-47e4-b989-5492eafa07d3";
/** SecurityHeadersPolicy: HSTS, X-Content-Type-Options, X-Frame-Options, Referrer-Policy, XSS protection. */
const SECURITY_HEADERS = "67f7725c-6f97-4210-82d7-5512b31e9d03";

/** The distribution's certificate when it cannot share the primary region's (`edge` region). */
export const CLOUDFRONT_CERTIFICATE = "edge.certificate.cloudfront";
/** The CLOUDFRONT-scope web ACL shared by every distribution. */
export const CLOUDFRONT_WEB_ACL = "edge.waf.cloudfront";

/** Where CloudFront's certificate and web ACL live: us-east-1, as primary or as edge nodes. */
export interface EdgePlacement {
  readonly inUsEast1: boolean;
  readonly region: "primary" | "edge";
  readonly certificate: string;
  /** Said in the reasons: where the node is created and why. */
  readonly whereNote: string;
}

export function edgePlacement(context: CompileContext): EdgePlacement {
  const inUsEast1 = context.intent.region === "us-east-1";
  return {
    inUsEast1,
    region: inUsEast1 ? "primary" : "edge",
    certificate: inUsEast1 ? SHARED.certificate : CLOUDFRONT_CERTIFICATE,
    whereNote: inUsEast1
      ? ", us-east-1"
      : `, created in us-east-1: the only region CloudFront takes it from, while this plan is for ${context.intent.region}`,
  };
}

export function ensureEdgeCertificate(context: CompileContext, edge: EdgePlacement): void {
  const domain = context.intent.domain!;
  if (context.nodes.has(edge.certificate)) return;
  context.nodes.add({
    id: edge.certificate,
    kind: "aws.acm.certificate",
    tier: null,
    region: edge.region,
    props: {
      domainName: domain,
      subjectAlternativeNames: [`*.${domain}`],
      validationMethod: "DNS",
      validationZoneId: zoneIdFor(context),
    },
    reason: because(
      edge.inUsEast1
        ? `ACM certificate for ${domain}, DNS-validated, renewed automatically`
        : `ACM certificate for ${domain} and its sub-domains for CloudFront${edge.whereNote}; DNS-validated, renewed automatically`,
      ["/domain", ...(edge.inUsEast1 ? [] : ["/region"])],
    ),
  });
}

export function ensureEdgeWebAcl(context: CompileContext, edge: EdgePlacement): void {
  if (context.nodes.has(CLOUDFRONT_WEB_ACL)) return;
  context.nodes.add({
    id: CLOUDFRONT_WEB_ACL,
    kind: "aws.wafv2.web_acl",
    tier: null,
    region: edge.region,
    props: webAclProps(nameOf(context, ["cdn-waf"], 128), "CLOUDFRONT", { sql: false }),
    reason: because(`Web ACL for the CloudFront distribution (CLOUDFRONT scope${edge.whereNote})`, [
      ...context.posture.pointers.waf,
      ...(edge.inUsEast1 ? [] : ["/region"]),
    ]),
  });
}

/** The distribution's alarm; CloudFront publishes its metrics in us-east-1 only. */
export function addDistributionAlarms(
  context: CompileContext,
  t: ResolvedTier,
  distributionId: string,
): void {
  if (context.intent.region !== "us-east-1") return;
  addAlarms(context, t, CLOUDFRONT_ALARMS, undefined, {
    DistributionId: ref(distributionId),
    Region: "Global",
  });
}

/** A distribution's alarm (namespace AWS/CloudFront; its metrics live in us-east-1). */
const CLOUDFRONT_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "5xx-rate",
    namespace: "AWS/CloudFront",
    metricName: "5xxErrorRate",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 5,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} serves more than 5% errors (5xx) for 5 minutes`,
  },
];

/**
 * Edge locations follow where the application's users are, taken from its
 * region: North America and Europe edges are the cheapest (PriceClass_100);
 * Asia, the Middle East and Africa need PriceClass_200; South America and
 * Oceania only come with all edges.
 */
export function priceClassFor(
  region: string,
): "PriceClass_100" | "PriceClass_200" | "PriceClass_All" {
  if (/^(us|ca|mx|eu)-/.test(region)) return "PriceClass_100";
  if (/^(sa)-/.test(region) || /^ap-southeast-(2|4)$/.test(region)) return "PriceClass_All";
  return "PriceClass_200";
}

export const PRICE_CLASS_REASON = {
  PriceClass_100:
    "North America and Europe edges (PriceClass_100), the cheapest, near a North American or European region's users",
  PriceClass_200:
    "edges up to Asia, the Middle East and Africa (PriceClass_200), near this region's users",
  PriceClass_All: "all edges (PriceClass_All): South America and Oceania are only in it",
} as const;

/** One distribution: what differs between a static site and a load-balanced tier. */
export interface DistributionSpec {
  readonly id: string;
  readonly site: Site;
  readonly edge: EdgePlacement;
  /** The name viewers use; undefined serves on CloudFront's own *.cloudfront.net name. */
  readonly hostname: string | undefined;
  readonly comment: string;
  readonly defaultRootObject?: string;
  readonly origin: DistributionProps["origin"];
  readonly cachePolicyId: string;
  readonly originRequestPolicyId?: string;
  readonly customErrorResponses?: DistributionProps["customErrorResponses"];
  /** The reason's first words, completed with where it serves and its price class. */
  readonly serves: string;
  readonly pointers: readonly string[];
}

function distributionReason(
  context: CompileContext,
  spec: DistributionSpec,
  priceClass: ReturnType<typeof priceClassFor>,
): ReturnType<typeof because> {
  const { intent, posture } = context;
  const { hostname } = spec;
  const where =
    hostname !== undefined
      ? ` on ${hostname}`
      : intent.domain === undefined && spec.origin.type !== "s3"
        ? " on its own *.cloudfront.net name (the intent has no domain)"
        : "";
  return because(
    `${spec.serves} over HTTPS (TLS 1.2+) with security headers and HTTP/3${where}; ${PRICE_CLASS_REASON[priceClass]}`,
    [
      ...spec.pointers,
      "/environment",
      ...(hostname !== undefined ? ["/domain"] : []),
      ...(posture.waf ? posture.pointers.waf : []),
    ],
  );
}

/**
 * A distribution serving HTTPS only (TLS 1.2+, HTTP/2 and 3, security
 * headers) on the spec's host name with the us-east-1 certificate, or on
 * CloudFront's default certificate without one; the CLOUDFRONT web ACL and
 * access logs when the posture asks; and the A/AAAA alias records naming it.
 */
export function addDistribution(
  context: CompileContext,
  t: ResolvedTier,
  spec: DistributionSpec,
): void {
  const { intent, posture } = context;
  const { hostname, edge } = spec;
  const priceClass = priceClassFor(intent.region);
  context.nodes.add({
    id: spec.id,
    kind: "aws.cloudfront.distribution",
    tier: t.name,
    region: spec.site,
    props: {
      comment: spec.comment,
      enabled: true,
      defaultRootObject: spec.defaultRootObject,
      priceClass,
      httpVersion: "http2and3",
      origin: spec.origin,
      viewerProtocolPolicy: "redirect-to-https",
      minimumProtocolVersion: "TLSv1.2_2021",
      cachePolicyId: spec.cachePolicyId,
      originRequestPolicyId: spec.originRequestPolicyId,
      customErrorResponses: spec.customErrorResponses,
      responseHeadersPolicyId: SECURITY_HEADERS,
      aliases: hostname !== undefined ? [hostname] : [],
      certificateArn:
        hostname !== undefined
          ? validatedCertificate(context, edge.certificate, edge.region)
          : undefined,
      webAclArn: posture.waf ? ref(CLOUDFRONT_WEB_ACL, "arn") : undefined,
      logging: posture.accessLogs
        ? {
            bucketDomainName: ref(siteId(spec.site, SHARED.logsBucket), "regionalDomainName"),
            prefix: `cloudfront/${spec.site === "primary" ? "" : `${spec.site}-`}${t.name}/`,
          }
        : undefined,
    },
    reason: distributionReason(context, spec, priceClass),
  });
  // CloudFront's alias target zone is always Z2FDTNDATAQYW2; the distribution's
  // hosted_zone_id attribute returns it.
  if (hostname !== undefined) {
    addAliasRecords(
      context,
      t,
      {
        name: ref(spec.id, "domainName"),
        zoneId: ref(spec.id, "hostedZoneId"),
        what: "CloudFront distribution",
        ipv6: true,
      },
      "https",
      { hostname, site: spec.site },
    );
  }
}
