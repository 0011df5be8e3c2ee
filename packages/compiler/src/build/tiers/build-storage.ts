import { join, ref, type PolicyStatement } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import {
  bucketAccessLogging,
  bucketEncryption,
  LIFECYCLE,
  secureBucketProps,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { siteId, type Site } from "../../ids.js";
import { backsUpBuckets } from "../platform/build-recovery.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/**
 * A private, versioned, encrypted S3 bucket with a TLS-only policy and a
 * lifecycle; replicated to a bucket in the DR region under replication.
 */
export function buildStorage(context: CompileContext, t: ResolvedTier): void {
  // S3 has no useful default metric to alarm on (request metrics cost extra); errors surface in callers' alarms.
  // drRegion is set under cross-region replication or a warm standby: both want the data there.
  const replicate = context.drRegion !== undefined;
  addDataBucket(context, t, replicate);
  addTlsOnlyPolicy(context, t, "primary");
  if (replicate) buildReplica(context, t);
}

function addDataBucket(context: CompileContext, t: ResolvedTier, replicate: boolean): void {
  const { posture } = context;
  const bucket = `${t.prefix}.bucket`;
  const noncurrentDays = Math.max(30, Math.min(posture.backupRetentionDays, 365));
  context.nodes.add({
    id: bucket,
    kind: "aws.s3.bucket",
    tier: t.name,
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, [t.name]),
      purpose: "data",
      encryption: bucketEncryption(context),
      accessLogging: bucketAccessLogging(context, t.name),
      lifecycleRule: LIFECYCLE.tiering(noncurrentDays),
      replication: replicate
        ? {
            roleArn: ref(`${t.prefix}.replication.role`, "arn"),
            destinationBucketArn: ref(`dr.${bucket}`, "arn"),
            destinationKmsKeyArn: kmsKeyRef(context, "arn", "dr"),
            storageClass: "STANDARD_IA",
          }
        : undefined,
    }),
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
}

function addTlsOnlyPolicy(context: CompileContext, t: ResolvedTier, site: Site): void {
  const bucket = siteId(site, `${t.prefix}.bucket`);
  context.nodes.add({
    id: `${bucket}.policy`,
    kind: "aws.s3.bucket_policy",
    tier: t.name,
    ...(site === "dr" ? { region: site } : {}),
    props: { bucket: ref(bucket), statements: [tlsOnlyStatement(bucket)] },
    reason: because("Refuses any request not made over TLS", ["/security/encryptionInTransit"]),
  });
}

function buildReplica(context: CompileContext, t: ResolvedTier): void {
  context.nodes.add({
    id: `dr.${t.prefix}.bucket`,
    kind: "aws.s3.bucket",
    tier: t.name,
    region: "dr",
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, [t.name, "dr"]),
      purpose: "replica",
      encryption: bucketEncryption(context, "dr"),
      lifecycleRule: LIFECYCLE.expireOldVersions,
    }),
    reason: because(
      `Replica of ${t.name} in ${context.drRegion}, stored as Standard-IA`,
      context.drPointers,
    ),
  });
  addTlsOnlyPolicy(context, t, "dr");
  addReplicationRole(context, t);
}

function addReplicationRole(context: CompileContext, t: ResolvedTier): void {
  context.nodes.add({
    id: `${t.prefix}.replication.role`,
    kind: "aws.iam.role",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name, "replication"]),
      description: `Lets S3 replicate ${t.name} to ${context.drRegion}`,
      assumedBy: ["s3.amazonaws.com"],
      inlinePolicies: [{ name: "replicate", statements: replicationStatements(context, t) }],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Replication role limited to reading this bucket and writing its replica",
      context.drPointers,
    ),
  });
}

/** Read this bucket's versions, write the replica, and use both regions' keys when there are keys. */
function replicationStatements(context: CompileContext, t: ResolvedTier): PolicyStatement[] {
  // The source is named by its prefix, not referenced: the bucket already refers to this role.
  const source = `arn:aws:s3:::${bucketPrefix(context, [t.name])}*`;
  const destination = ref(`dr.${t.prefix}.bucket`, "arn");
  const keys = [kmsKeyRef(context, "arn"), kmsKeyRef(context, "arn", "dr")];
  return [
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
  ];
}
