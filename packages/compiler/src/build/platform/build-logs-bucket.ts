import { join, ref } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, SHARED, siteRegion } from "../../context/context.js";
import { LIFECYCLE, secureBucketProps, tlsOnlyStatement } from "../shared/bucket-security.js";
import { siteId, siteNamePart, type Site } from "../../ids.js";
import { because } from "../../reason.js";

/**
 * ELB log-delivery accounts for regions opened before August 2022 (Elastic
 * Load Balancing user guide, "Enable access logs"); newer regions use the
 * log-delivery service principal instead.
 */
const ELB_ACCOUNTS: Readonly<Record<string, string>> = {
  "us-east-1": "127311923021",
  "us-east-2": "033677994240",
  "us-west-1": "027434742980",
  "us-west-2": "797873946194",
  "af-south-1": "098369216593",
  "ap-east-1": "754344448648",
  "ap-southeast-3": "589379963580",
  "ap-south-1": "718504428378",
  "ap-northeast-3": "383597477331",
  "ap-northeast-2": "600734575887",
  "ap-southeast-1": "114774131450",
  "ap-southeast-2": "783225319266",
  "ap-northeast-1": "582318560864",
  "ca-central-1": "985666609251",
  "eu-central-1": "054676820928",
  "eu-west-1": "156460612806",
  "eu-west-2": "652711504416",
  "eu-south-1": "635631232127",
  "eu-west-3": "009996457667",
  "eu-north-1": "897822967062",
  "me-south-1": "076674570225",
  "sa-east-1": "507241528517",
};

/**
 * The access-log bucket for load balancers and S3 server access logs. It
 * uses SSE-S3 because ALB access logs cannot be written with SSE-KMS.
 */
export function buildLogsBucket(context: CompileContext, site: Site = "primary"): void {
  if (!context.posture.accessLogs) return;
  const writers = logWriters(context, site);
  if (!writers.any) return;
  addLogsBucket(context, site, writers.cloudFront);
  addLogsBucketPolicy(context, site);
}

/** Whether anything in `site` logs to the bucket, and whether CloudFront does (it needs ACLs). */
function logWriters(context: CompileContext, site: Site): { any: boolean; cloudFront: boolean } {
  const all = [...context.nodes.all()].filter((n) => n.region === site);
  const cloudFront = all.some(
    (n) => n.kind === "aws.cloudfront.distribution" && n.props.logging !== undefined,
  );
  const any =
    cloudFront ||
    all.some(
      (n) =>
        (n.kind === "aws.elbv2.load_balancer" && n.props.accessLogs !== undefined) ||
        (n.kind === "aws.s3.bucket" && n.props.accessLogging !== undefined),
    );
  return { any, cloudFront };
}

function addLogsBucket(context: CompileContext, site: Site, cloudFront: boolean): void {
  const { posture } = context;
  context.nodes.add({
    id: siteId(site, SHARED.logsBucket),
    kind: "aws.s3.bucket",
    tier: null,
    region: site,
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, ["access-logs", ...siteNamePart(site)]),
      purpose: "logs",
      encryption: { algorithm: "AES256", bucketKeyEnabled: false },
      // CloudFront standard logs are delivered with an ACL grant, which BucketOwnerEnforced refuses.
      objectOwnership: cloudFront ? "BucketOwnerPreferred" : "BucketOwnerEnforced",
      lifecycleRule: LIFECYCLE.archiveThenExpire(posture.logRetentionDays),
    }),
    reason: because(
      `Access logs of ${cloudFront ? "CloudFront, " : ""}load balancers and buckets, kept ${posture.logRetentionDays} days; SSE-S3 because ALB log delivery cannot use KMS keys${cloudFront ? "; ACLs allowed (BucketOwnerPreferred) because CloudFront delivers logs through an ACL grant" : ""}`,
      [...posture.pointers.accessLogs, ...posture.pointers.logRetention],
      posture.calculation.logRetention,
    ),
  });
}

/** Each log service writes to its own prefix; TLS only. */
function addLogsBucketPolicy(context: CompileContext, site: Site): void {
  const region = siteRegion(context, site);
  const bucket = siteId(site, SHARED.logsBucket);
  const arn = ref(bucket, "arn");
  const elbAccount = ELB_ACCOUNTS[region];
  context.nodes.add({
    id: `${bucket}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: null,
    region: site,
    props: {
      bucket: ref(bucket),
      statements: [
        {
          sid: "LoadBalancerLogDelivery",
          effect: "Allow",
          actions: ["s3:PutObject"],
          resources: [join(arn, "/alb/*")],
          principals: elbAccount
            ? { aws: [`arn:aws:iam::${elbAccount}:root`] }
            : { service: ["logdelivery.elasticloadbalancing.amazonaws.com"] },
        },
        {
          sid: "S3ServerAccessLogs",
          effect: "Allow",
          actions: ["s3:PutObject"],
          resources: [join(arn, "/s3/*")],
          principals: { service: ["logging.s3.amazonaws.com"] },
        },
        tlsOnlyStatement(bucket),
      ],
    },
    reason: because(
      `Only the ${region} load-balancer log service and S3 logging may write, each to its own prefix`,
      context.posture.pointers.accessLogs,
    ),
  });
}
