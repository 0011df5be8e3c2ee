import { join, ref } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import {
  BLOCK_ALL_PUBLIC_ACCESS,
  bucketAccessLogging,
  bucketEncryption,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { backsUpBuckets } from "../platform/build-recovery.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/**
 * A private, versioned, encrypted S3 bucket with a TLS-only policy and a
 * lifecycle; replicated to a bucket in the DR region under replication.
 */
export function buildStorage(context: CompileContext, t: ResolvedTier): void {
  const { nodes, posture } = context;
  // S3 has no useful default metric to alarm on (request metrics cost extra); errors surface in callers' alarms.
  const p = t.prefix;
  const bucket = `${p}.bucket`;
  // drRegion is set under cross-region replication or a warm standby: both want the data there.
  const replicate = context.drRegion !== undefined;
  const noncurrentDays = Math.max(30, Math.min(posture.backupRetentionDays, 365));
  nodes.add({
    id: bucket,
    kind: "aws.s3.bucket",
    tier: t.name,
    props: {
      namePrefix: bucketPrefix(context, [t.name]),
      purpose: "data",
      versioning: true,
      encryption: bucketEncryption(context),
      publicAccessBlock: BLOCK_ALL_PUBLIC_ACCESS,
      objectOwnership: "BucketOwnerEnforced",
      accessLogging: bucketAccessLogging(context, t.name),
      lifecycleRules: [
        {
          id: "tiering",
          transitions: [{ days: 0, storageClass: "INTELLIGENT_TIERING" }],
          noncurrentVersionExpirationDays: noncurrentDays,
          abortIncompleteMultipartUploadDays: 7,
        },
      ],
      replication: replicate
        ? {
            roleArn: ref(`${p}.replication.role`, "arn"),
            destinationBucketArn: ref(`dr.${bucket}`, "arn"),
            destinationKmsKeyArn: kmsKeyRef(context, "arn", "dr"),
            storageClass: "STANDARD_IA",
          }
        : undefined,
      forceDestroy: false,
    },
    reason: because(
      `Private, versioned S3 bucket; Intelligent-Tiering moves cold objects to cheaper tiers automatically${replicate ? `; replicated to ${context.drRegion}` : ""}; ${backsUpBuckets(context) ? "also in the AWS Backup plan (regulated data)" : "versioning recovers deleted or overwritten objects, so no AWS Backup copy"}`,
      [
        t.pointer,
        `${t.pointer}/dataSizeGb`,
        ...posture.pointers.kms,
        ...posture.pointers.backupRetention,
        ...(replicate ? context.drPointers : []),
      ],
      [
        `old versions kept max(30, min(${posture.backupRetentionDays}, 365)) = ${noncurrentDays} days`,
      ],
    ),
  });
  nodes.add({
    id: `${bucket}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: t.name,
    props: { bucket: ref(bucket), statements: [tlsOnlyStatement(bucket)] },
    reason: because("Refuses any request not made over TLS", ["/security/encryptionInTransit"]),
  });
  if (replicate) buildReplica(context, t);
}

function buildReplica(context: CompileContext, t: ResolvedTier): void {
  const { nodes } = context;
  const p = t.prefix;
  // The source is named by its prefix, not referenced: the bucket already refers to this role.
  const source = `arn:aws:s3:::${bucketPrefix(context, [t.name])}*`;
  const destination = ref(`dr.${p}.bucket`, "arn");
  nodes.add({
    id: `dr.${p}.bucket`,
    kind: "aws.s3.bucket",
    tier: t.name,
    region: "dr",
    props: {
      namePrefix: bucketPrefix(context, [t.name, "dr"]),
      purpose: "replica",
      versioning: true,
      encryption: bucketEncryption(context, "dr"),
      publicAccessBlock: BLOCK_ALL_PUBLIC_ACCESS,
      objectOwnership: "BucketOwnerEnforced",
      lifecycleRules: [
        {
          id: "expire-old-versions",
          transitions: [],
          noncurrentVersionExpirationDays: 30,
          abortIncompleteMultipartUploadDays: 7,
        },
      ],
      forceDestroy: false,
    },
    reason: because(
      `Replica of ${t.name} in ${context.drRegion}, stored as Standard-IA`,
      context.drPointers,
    ),
  });
  nodes.add({
    id: `dr.${p}.bucket.policy`,
    kind: "aws.s3.bucket_policy",
    tier: t.name,
    region: "dr",
    props: { bucket: ref(`dr.${p}.bucket`), statements: [tlsOnlyStatement(`dr.${p}.bucket`)] },
    reason: because("Refuses any request not made over TLS", ["/security/encryptionInTransit"]),
  });
  const keys = [kmsKeyRef(context, "arn"), kmsKeyRef(context, "arn", "dr")];
  nodes.add({
    id: `${p}.replication.role`,
    kind: "aws.iam.role",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name, "replication"]),
      description: `Lets S3 replicate ${t.name} to ${context.drRegion}`,
      assumedBy: ["s3.amazonaws.com"],
      inlinePolicies: [
        {
          name: "replicate",
          statements: [
            {
              sid: "ReadSourceConfig",
              effect: "Allow",
              actions: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
              resources: [source],
            },
            {
              sid: "ReadSourceObjects",
              effect: "Allow",
              actions: [
                "s3:GetObjectVersionAcl",
                "s3:GetObjectVersionForReplication",
                "s3:GetObjectVersionTagging",
              ],
              resources: [`${source}/*`],
            },
            {
              sid: "WriteReplica",
              effect: "Allow",
              actions: ["s3:ReplicateDelete", "s3:ReplicateObject", "s3:ReplicateTags"],
              resources: [join(destination, "/*")],
            },
            ...(keys[0] && keys[1]
              ? [
                  {
                    sid: "DecryptSource",
                    effect: "Allow" as const,
                    actions: ["kms:Decrypt"],
                    resources: [keys[0]],
                  },
                  {
                    sid: "EncryptReplica",
                    effect: "Allow" as const,
                    actions: ["kms:Encrypt", "kms:GenerateDataKey"],
                    resources: [keys[1]],
                  },
                ]
              : []),
          ],
        },
      ],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Replication role limited to reading this bucket and writing its replica",
      context.drPointers,
    ),
  });
}
