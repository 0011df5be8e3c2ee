import { join, ref, type PolicyStatement } from "@idio/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf, SHARED } from "./context.js";
import { BLOCK_ALL_PUBLIC_ACCESS, tlsOnlyStatement } from "./bucket-security.js";
import { because } from "./reason.js";
import { siteId, type Site } from "./ids.js";

/** The application's KMS key (and its DR twin): rotation on, usable by the services that log and alert. */
export function buildKeys(context: CompileContext): void {
  const { posture, intent } = context;
  if (!posture.kms) return;
  const services = ["logs", "cloudwatch"];
  if (posture.trail) services.push("cloudtrail");
  if (intent.cost !== undefined && intent.cost.alertEmails.length === 0) services.push("budgets");
  addKey(context, "primary", services.sort());
  if (context.drRegion !== undefined)
    addKey(context, "dr", context.availability.warmStandby ? ["cloudwatch", "logs"] : ["logs"]);
}

function addKey(context: CompileContext, site: Site, services: string[]): void {
  const { nodes, posture, availability } = context;
  const id = site === "dr" ? `dr.${SHARED.kmsKey}` : SHARED.kmsKey;
  const window = availability.production ? 30 : 7;
  nodes.add({
    id,
    kind: "aws.kms.key",
    tier: null,
    region: site,
    props: {
      description: `${nameOf(context, [])} data key${site === "dr" ? ` (${context.drRegion})` : ""}`,
      enableKeyRotation: true,
      deletionWindowInDays: window,
      multiRegion: false,
      servicePrincipals: services,
    },
    reason: because(
      site === "dr"
        ? `Customer-managed key in ${context.drRegion} for replicas and backup copies (a KMS key never leaves its region)`
        : `Customer-managed key for encryption at rest, rotated yearly; ${services.join(", ")} may use it`,
      [...posture.pointers.kms, ...(site === "dr" ? context.drPointers : [])],
      [
        `deletion window ${window} days (${availability.production ? "production: the maximum, to undo a mistake" : "non-production"})`,
      ],
    ),
  });
  nodes.add({
    id: `${id.replace(/\.key$/, "")}.alias`,
    kind: "aws.kms.alias",
    tier: null,
    region: site,
    props: { name: `alias/${nameOf(context, [])}`, targetKeyId: ref(id, "keyId") },
    reason: because("A readable name for the key", posture.pointers.kms),
  });
}

/** CloudTrail, to an encrypted, validated bucket and to CloudWatch Logs, when compliance asks for an audit trail. */
export function buildTrail(context: CompileContext): void {
  const { nodes, posture } = context;
  if (!posture.trail) return;
  const bucket = "security.trail.bucket";
  const retention = Math.max(365, posture.logRetentionDays);
  nodes.add({
    id: bucket,
    kind: "aws.s3.bucket",
    tier: null,
    props: {
      namePrefix: bucketPrefix(context, ["trail"]),
      purpose: "trail",
      versioning: true,
      encryption: kmsKeyRef(context)
        ? { algorithm: "aws:kms", kmsKeyId: kmsKeyRef(context), bucketKeyEnabled: true }
        : { algorithm: "AES256", bucketKeyEnabled: false },
      publicAccessBlock: BLOCK_ALL_PUBLIC_ACCESS,
      objectOwnership: "BucketOwnerEnforced",
      lifecycleRules: [
        {
          id: "archive-then-expire",
          transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
          expirationDays: retention,
          noncurrentVersionExpirationDays: 30,
          abortIncompleteMultipartUploadDays: 7,
        },
      ],
      forceDestroy: false,
    },
    reason: because(
      `Audit-trail bucket: encrypted, versioned, archived to Glacier Instant Retrieval after 90 days, kept ${retention} days`,
      [...posture.pointers.trail, ...posture.pointers.logRetention],
      [
        ...posture.calculation.logRetention,
        `trail kept max(365, ${posture.logRetentionDays}) = ${retention} days`,
      ],
    ),
  });
  const arn = ref(bucket, "arn");
  const statements: PolicyStatement[] = [
    {
      sid: "CloudTrailAclCheck",
      effect: "Allow",
      actions: ["s3:GetBucketAcl"],
      resources: [arn],
      principals: { service: ["cloudtrail.amazonaws.com"] },
    },
    {
      sid: "CloudTrailWrite",
      effect: "Allow",
      actions: ["s3:PutObject"],
      resources: [join(arn, "/AWSLogs/*")],
      principals: { service: ["cloudtrail.amazonaws.com"] },
      conditions: { StringEquals: { "s3:x-amz-acl": ["bucket-owner-full-control"] } },
    },
    tlsOnlyStatement(bucket),
  ];
  nodes.add({
    id: `${bucket}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: null,
    props: { bucket: ref(bucket), statements },
    reason: because(
      "Lets CloudTrail, and only CloudTrail, write the trail; TLS only",
      posture.pointers.trail,
    ),
  });
  nodes.add({
    id: "security.trail.log-group",
    kind: "aws.logs.log_group",
    tier: null,
    props: {
      name: `/idio/${nameOf(context, ["cloudtrail"])}`,
      retentionInDays: posture.logRetentionDays,
      kmsKeyId: kmsKeyRef(context),
    },
    reason: because(
      "CloudTrail events in CloudWatch Logs, for metric filters and search",
      posture.pointers.logRetention,
      posture.calculation.logRetention,
    ),
  });
  nodes.add({
    id: "security.trail.role",
    kind: "aws.iam.role",
    tier: null,
    props: {
      name: nameOf(context, ["cloudtrail"]),
      description: "Lets CloudTrail deliver events to its log group",
      assumedBy: ["cloudtrail.amazonaws.com"],
      inlinePolicies: [
        {
          name: "deliver",
          statements: [
            {
              sid: "DeliverEvents",
              effect: "Allow",
              actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
              resources: [join(ref("security.trail.log-group", "arn"), ":*")],
            },
          ],
        },
      ],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because("CloudTrail may write only to its own log group", posture.pointers.trail),
  });
  nodes.add({
    id: "security.trail",
    kind: "aws.cloudtrail.trail",
    tier: null,
    props: {
      name: nameOf(context, ["trail"]),
      s3BucketName: ref(bucket, "name"),
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      kmsKeyId: kmsKeyRef(context, "arn"),
      cloudWatchLogsGroupArn: join(ref("security.trail.log-group", "arn"), ":*"),
      cloudWatchLogsRoleArn: ref("security.trail.role", "arn"),
    },
    dependsOn: [`${bucket}.policy`],
    reason: because(
      `Multi-region CloudTrail with log-file validation: ${context.intent.compliance.join(", ")} require an audit trail of every API call`,
      posture.pointers.trail,
    ),
  });
}

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
  const { nodes, posture } = context;
  if (!posture.accessLogs) return;
  const region = site === "dr" ? context.drRegion! : context.intent.region;
  const all = [...nodes.all()].filter((n) => n.region === site);
  const cloudFront = all.some(
    (n) => n.kind === "aws.cloudfront.distribution" && n.props.logging !== undefined,
  );
  const needed =
    cloudFront ||
    all.some(
      (n) =>
        (n.kind === "aws.elbv2.load_balancer" && n.props.accessLogs !== undefined) ||
        (n.kind === "aws.s3.bucket" && n.props.accessLogging !== undefined),
    );
  if (!needed) return;
  const bucket = siteId(site, SHARED.logsBucket);
  const arn = ref(bucket, "arn");
  const elbAccount = ELB_ACCOUNTS[region];
  nodes.add({
    id: bucket,
    kind: "aws.s3.bucket",
    tier: null,
    region: site,
    props: {
      namePrefix: bucketPrefix(context, site === "dr" ? ["access-logs", "dr"] : ["access-logs"]),
      purpose: "logs",
      versioning: true,
      encryption: { algorithm: "AES256", bucketKeyEnabled: false },
      publicAccessBlock: BLOCK_ALL_PUBLIC_ACCESS,
      // CloudFront standard logs are delivered with an ACL grant, which BucketOwnerEnforced refuses.
      objectOwnership: cloudFront ? "BucketOwnerPreferred" : "BucketOwnerEnforced",
      lifecycleRules: [
        {
          id: "archive-then-expire",
          transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
          expirationDays: posture.logRetentionDays,
          noncurrentVersionExpirationDays: 30,
          abortIncompleteMultipartUploadDays: 7,
        },
      ],
      forceDestroy: false,
    },
    reason: because(
      `Access logs of ${cloudFront ? "CloudFront, " : ""}load balancers and buckets, kept ${posture.logRetentionDays} days; SSE-S3 because ALB log delivery cannot use KMS keys${cloudFront ? "; ACLs allowed (BucketOwnerPreferred) because CloudFront delivers logs through an ACL grant" : ""}`,
      [...posture.pointers.accessLogs, ...posture.pointers.logRetention],
      posture.calculation.logRetention,
    ),
  });
  nodes.add({
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
      posture.pointers.accessLogs,
    ),
  });
}
