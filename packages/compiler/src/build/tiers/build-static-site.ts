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
    serves: "CloudFront serves the site",
    pointers: [t.pointer],
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
