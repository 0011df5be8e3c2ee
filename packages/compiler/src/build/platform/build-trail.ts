import { join, ref, type PolicyStatement } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import {
  bucketEncryption,
  LIFECYCLE,
  secureBucketProps,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { because } from "../../reason.js";

/** CloudTrail, to an encrypted, validated bucket and to CloudWatch Logs, when compliance asks for an audit trail. */
export function buildTrail(context: CompileContext): void {
  const { posture } = context;
  if (!posture.trail) return;
  const retention = Math.max(365, posture.logRetentionDays);
  context.nodes.add({
    id: TRAIL_BUCKET,
    kind: "aws.s3.bucket",
    tier: null,
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, ["trail"]),
      purpose: "trail",
      encryption: bucketEncryption(context),
      lifecycleRule: LIFECYCLE.archiveThenExpire(retention),
    }),
    reason: because(
      `Audit-trail bucket: encrypted, versioned, archived to Glacier Instant Retrieval after 90 days, kept ${retention} days`,
      [...posture.pointers.trail, ...posture.pointers.logRetention],
      [
        ...posture.calculation.logRetention,
        `trail kept max(365, ${posture.logRetentionDays}) = ${retention} days`,
      ],
    ),
  });
  addTrailBucketPolicy(context);
  addTrailLogs(context);
  context.nodes.add({
    id: "security.trail",
    kind: "aws.cloudtrail.trail",
    tier: null,
    props: {
      name: nameOf(context, ["trail"]),
      s3BucketName: ref(TRAIL_BUCKET, "name"),
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      kmsKeyId: kmsKeyRef(context, "arn"),
      cloudWatchLogsGroupArn: join(ref("security.trail.log-group", "arn"), ":*"),
      cloudWatchLogsRoleArn: ref("security.trail.role", "arn"),
    },
    dependsOn: [`${TRAIL_BUCKET}.policy`],
    reason: because(
      `Multi-region CloudTrail with log-file validation: ${context.intent.compliance.join(", ")} require an audit trail of every API call`,
      posture.pointers.trail,
    ),
  });
}

const TRAIL_BUCKET = "security.trail.bucket";

function addTrailBucketPolicy(context: CompileContext): void {
  const arn = ref(TRAIL_BUCKET, "arn");
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
    tlsOnlyStatement(TRAIL_BUCKET),
  ];
  context.nodes.add({
    id: `${TRAIL_BUCKET}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: null,
    props: { bucket: ref(TRAIL_BUCKET), statements },
    reason: because(
      "Lets CloudTrail, and only CloudTrail, write the trail; TLS only",
      context.posture.pointers.trail,
    ),
  });
}

/** The trail's CloudWatch Logs group and the role CloudTrail delivers to it with. */
function addTrailLogs(context: CompileContext): void {
  const { posture } = context;
  context.nodes.add({
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
  context.nodes.add({
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
}
