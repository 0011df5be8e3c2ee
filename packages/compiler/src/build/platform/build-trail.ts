import { join, ref, type PolicyStatement } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import { BLOCK_ALL_PUBLIC_ACCESS, tlsOnlyStatement } from "../shared/bucket-security.js";
import { because } from "../../reason.js";

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
