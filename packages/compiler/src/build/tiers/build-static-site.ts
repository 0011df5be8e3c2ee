import { join, ref } from "@idio-iac/graph";
import {
  bucketPrefix,
  type CompileContext,
  hostnameOf,
  nameOf,
  SHARED,
} from "../../context/context.js";
import {
  bucketAccessLogging,
  bucketEncryption,
  LIFECYCLE,
  secureBucketProps,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { addAliasRecords, validatedCertificate, zoneIdFor } from "../shared/build-dns.js";
import { because } from "../../reason.js";
import { webAclProps } from "../shared/web-acl.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/** AWS managed CloudFront policies, by their fixed ids. */
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const SECURITY_HEADERS = "67f7725c-6f97-4210-82d7-5512b31e9d03";

/** The distribution's certificate when it cannot share the primary region's (`edge` region). */
export const CLOUDFRONT_CERTIFICATE = "edge.certificate.cloudfront";
/** The CLOUDFRONT-scope web ACL shared by every distribution. */
export const CLOUDFRONT_WEB_ACL = "edge.waf.cloudfront";

/**
 * A static site: a private bucket read only by CloudFront through origin
 * access control, HTTPS only, security headers. CloudFront accepts
 * certificates and web ACLs only from us-east-1: in a us-east-1 plan they
 * are ordinary primary nodes (the certificate shared with load balancers);
 * elsewhere they are `edge` nodes, created in us-east-1 by the emitters.
 */
export function buildStaticSite(context: CompileContext, t: ResolvedTier): void {
  const edge = edgePlacement(context);
  addSiteBucket(context, t);
  addOriginAccessControl(context, t);
  if (context.intent.domain !== undefined) ensureEdgeCertificate(context, edge);
  if (context.posture.waf) ensureEdgeWebAcl(context, edge);
  addDistribution(context, t, edge);
  // CloudFront's alias target zone is always Z2FDTNDATAQYW2; the distribution's
  // hosted_zone_id attribute returns it.
  addAliasRecords(
    context,
    t,
    {
      name: ref(`${t.prefix}.distribution`, "domainName"),
      zoneId: ref(`${t.prefix}.distribution`, "hostedZoneId"),
      what: "CloudFront distribution",
      ipv6: true,
    },
    "https",
  );
  addSiteBucketPolicy(context, t);
  if (edge.inUsEast1) {
    addAlarms(context, t, CLOUDFRONT_ALARMS, undefined, {
      DistributionId: ref(`${t.prefix}.distribution`),
      Region: "Global",
    });
  }
}

/** Where CloudFront's certificate and web ACL live: us-east-1, as primary or as edge nodes. */
interface EdgePlacement {
  readonly inUsEast1: boolean;
  readonly region: "primary" | "edge";
  readonly certificate: string;
  /** Said in the reasons: where the node is created and why. */
  readonly whereNote: string;
}

function edgePlacement(context: CompileContext): EdgePlacement {
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

function addSiteBucket(context: CompileContext, t: ResolvedTier): void {
  context.nodes.add({
    id: `${t.prefix}.bucket`,
    kind: "aws.s3.bucket",
    tier: t.name,
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, [t.name]),
      purpose: "static-site",
      encryption: bucketEncryption(context),
      accessLogging: bucketAccessLogging(context, t.name),
      lifecycleRule: LIFECYCLE.expireOldVersions,
    }),
    reason: because(
      "Private, versioned bucket holding the site's files; only CloudFront can read it, and an older version can be restored after a bad deploy",
      [t.pointer, ...context.posture.pointers.kms],
    ),
  });
}

function addOriginAccessControl(context: CompileContext, t: ResolvedTier): void {
  context.nodes.add({
    id: `${t.prefix}.origin-access-control`,
    kind: "aws.cloudfront.origin_access_control",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name]),
      originType: "s3",
      signingBehavior: "always",
      signingProtocol: "sigv4",
    },
    reason: because("Origin access control: CloudFront signs its requests to the private bucket", [
      t.pointer,
    ]),
  });
}

function ensureEdgeCertificate(context: CompileContext, edge: EdgePlacement): void {
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

function ensureEdgeWebAcl(context: CompileContext, edge: EdgePlacement): void {
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

function addDistribution(context: CompileContext, t: ResolvedTier, edge: EdgePlacement): void {
  const { intent, posture } = context;
  const useDomain = intent.domain !== undefined;
  const hostname = hostnameOf(context, t.name);
  context.nodes.add({
    id: `${t.prefix}.distribution`,
    kind: "aws.cloudfront.distribution",
    tier: t.name,
    props: {
      comment: `${t.awsName} static site`,
      enabled: true,
      defaultRootObject: "index.html",
      priceClass: priceClassFor(intent.region),
      httpVersion: "http2and3",
      origin: {
        type: "s3",
        domainName: ref(`${t.prefix}.bucket`, "regionalDomainName"),
        originAccessControlId: ref(`${t.prefix}.origin-access-control`),
      },
      viewerProtocolPolicy: "redirect-to-https",
      minimumProtocolVersion: "TLSv1.2_2021",
      cachePolicyId: CACHING_OPTIMIZED,
      responseHeadersPolicyId: SECURITY_HEADERS,
      aliases: useDomain && hostname !== undefined ? [hostname] : [],
      certificateArn: useDomain
        ? validatedCertificate(context, edge.certificate, edge.region)
        : undefined,
      webAclArn: posture.waf ? ref(CLOUDFRONT_WEB_ACL, "arn") : undefined,
      logging: posture.accessLogs
        ? {
            bucketDomainName: ref(SHARED.logsBucket, "regionalDomainName"),
            prefix: `cloudfront/${t.name}/`,
          }
        : undefined,
    },
    reason: because(
      `CloudFront serves the site over HTTPS (TLS 1.2+) with security headers and HTTP/3${useDomain ? ` on ${hostname}` : ""}; ${PRICE_CLASS_REASON[priceClassFor(intent.region)]}`,
      [
        t.pointer,
        "/environment",
        ...(useDomain ? ["/domain"] : []),
        ...(posture.waf ? posture.pointers.waf : []),
      ],
    ),
  });
}

function addSiteBucketPolicy(context: CompileContext, t: ResolvedTier): void {
  const bucket = `${t.prefix}.bucket`;
  context.nodes.add({
    id: `${bucket}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: t.name,
    props: {
      bucket: ref(bucket),
      statements: [
        {
          sid: "AllowCloudFrontRead",
          effect: "Allow",
          actions: ["s3:GetObject"],
          resources: [join(ref(bucket, "arn"), "/*")],
          principals: { service: ["cloudfront.amazonaws.com"] },
          conditions: {
            StringEquals: { "AWS:SourceArn": [ref(`${t.prefix}.distribution`, "arn")] },
          },
        },
        tlsOnlyStatement(bucket),
      ],
    },
    reason: because("Only this distribution may read the files; anything not over TLS is refused", [
      t.pointer,
    ]),
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

const PRICE_CLASS_REASON = {
  PriceClass_100:
    "North America and Europe edges (PriceClass_100), the cheapest, near a North American or European region's users",
  PriceClass_200:
    "edges up to Asia, the Middle East and Africa (PriceClass_200), near this region's users",
  PriceClass_All: "all edges (PriceClass_All): South America and Oceania are only in it",
} as const;
