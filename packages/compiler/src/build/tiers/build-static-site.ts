import { join, ref } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, hostnameOf, nameOf } from "../../context/context.js";
import {
  bucketAccessLogging,
  bucketEncryption,
  LIFECYCLE,
  secureBucketProps,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { because } from "../../reason.js";
import {
  addDistribution,
  addDistributionAlarms,
  CACHE_POLICIES,
  edgePlacement,
  ensureEdgeCertificate,
  ensureEdgeWebAcl,
} from "../shared/cloudfront-edge.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/**
 * A single-page app's deep links (/orders/42) have no object in the bucket:
 * S3 behind origin access control answers 403 (404 when the bucket grants
 * ListBucket), so both become /index.html with 200 and the app's router
 * takes over. Errors are cached 10 s so a fixed deploy shows quickly.
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/GeneratingCustomErrorResponses.html
 */
const SPA_ERROR_RESPONSES = [403, 404].map((errorCode) => ({
  errorCode,
  responseCode: 200,
  responsePagePath: "/index.html",
  errorCachingMinTtlSeconds: 10,
}));

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
  addDistribution(context, t, {
    id: `${t.prefix}.distribution`,
    site: "primary",
    edge,
    hostname: hostnameOf(context, t.name),
    comment: `${t.awsName} static site`,
    defaultRootObject: "index.html",
    origin: {
      type: "s3",
      domainName: ref(`${t.prefix}.bucket`, "regionalDomainName"),
      originAccessControlId: ref(`${t.prefix}.origin-access-control`),
    },
    cachePolicyId: CACHE_POLICIES.cachingOptimized,
    customErrorResponses: t.tier.spa === true ? SPA_ERROR_RESPONSES : undefined,
    serves:
      t.tier.spa === true
        ? "CloudFront serves the single-page app (a path with no file answers /index.html with 200, so deep links reach the client-side router)"
        : "CloudFront serves the site",
    pointers: t.tier.spa === true ? [t.pointer, `${t.pointer}/spa`] : [t.pointer],
  });
  addSiteBucketPolicy(context, t);
  addDistributionAlarms(context, t, `${t.prefix}.distribution`);
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
