import { join, ref, type PolicyStatement } from "@idio-iac/graph";
import { bucketPrefix, type CompileContext, kmsKeyRef, nameOf } from "../../context/context.js";
import {
  bucketAccessLogging,
  bucketEncryption,
  LIFECYCLE,
  secureBucketProps,
  tlsOnlyStatement,
} from "../shared/bucket-security.js";
import { awsRegionOfSite, replicaSitesOf, sitePart } from "../shared/replica-sites.js";
import { siteId, type Site } from "../../ids.js";
import { backsUpBuckets } from "../platform/build-recovery.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { addStorageReplicationAlarms, replicationRuleId } from "./storage-replication-alarms.js";

/**
 * A private, versioned, encrypted S3 bucket with a TLS-only policy and a
 * lifecycle; replicated to a bucket in every secondary region (the DR region,
 * the serving regions) with Replication Time Control, its metrics alarmed.
 */
export function buildStorage(context: CompileContext, t: ResolvedTier): void {
  // S3 has no useful default metric to alarm on (request metrics cost extra); errors surface in callers' alarms.
  const sites = storageReplicaSites(context);
  addDataBucket(context, t, sites);
  addTlsOnlyPolicy(context, t, "primary");
  for (const site of sites) buildReplica(context, t, site);
  if (sites.length > 0) {
    addReplicationRole(context, t, sites);
    addStorageReplicationAlarms(context, t, sites);
  }
}

/**
 * Where a storage tier's objects are copied: every secondary site that holds live data, and
 * the DR region whenever one is used (`crossRegionReplication` asks for the data there even
 * under backup and restore).
 */
export function storageReplicaSites(context: CompileContext): Site[] {
  const sites = replicaSitesOf(context);
  if (context.drRegion !== undefined && !sites.includes("dr")) sites.push("dr");
  return sites;
}

function addDataBucket(context: CompileContext, t: ResolvedTier, sites: readonly Site[]): void {
  const { posture } = context;
  const bucket = `${t.prefix}.bucket`;
  const noncurrentDays = Math.max(30, Math.min(posture.backupRetentionDays, 365));
  const regions = sites.map((site) => awsRegionOfSite(context, site));
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
      replication:
        sites.length > 0
          ? {
              roleArn: ref(`${t.prefix}.replication.role`, "arn"),
              destinations: sites.map((site) => ({
                ruleId: replicationRuleId(context, site),
                bucketArn: ref(siteId(site, bucket), "arn"),
                // Re-encrypted with the destination region's key: a key never leaves its region.
                kmsKeyArn: kmsKeyRef(context, "arn", site),
                storageClass: "STANDARD_IA" as const,
              })),
              replicationTimeControl: true,
            }
          : undefined,
    }),
    reason: because(
      `Private, versioned S3 bucket; Intelligent-Tiering moves cold objects to cheaper tiers automatically${sites.length > 0 ? `; replicated to ${regions.join(" and ")} with S3 Replication Time Control (99.99% of objects within 15 minutes, replication metrics on)` : ""}; ${backsUpBuckets(context) ? "also in the AWS Backup plan (regulated data)" : "versioning recovers deleted or overwritten objects, so no AWS Backup copy"}`,
      [
        t.pointer,
        `${t.pointer}/dataSizeGb`,
        ...posture.pointers.kms,
        ...posture.pointers.backupRetention,
        ...(sites.length > 0 ? context.drPointers : []),
      ],
      [
        `old versions kept max(30, min(${posture.backupRetentionDays}, 365)) = ${noncurrentDays} days`,
        ...(sites.length > 0
          ? [
              `replication: one rule per region (${regions.join(", ")}), delete markers replicated, KMS objects re-encrypted with each region's key, stored as Standard-IA`,
            ]
          : []),
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
    ...(site !== "primary" ? { region: site } : {}),
    props: { bucket: ref(bucket), statements: [tlsOnlyStatement(bucket)] },
    reason: because("Refuses any request not made over TLS", ["/security/encryptionInTransit"]),
  });
}

function buildReplica(context: CompileContext, t: ResolvedTier, site: Site): void {
  const region = awsRegionOfSite(context, site);
  context.nodes.add({
    id: siteId(site, `${t.prefix}.bucket`),
    kind: "aws.s3.bucket",
    tier: t.name,
    region: site,
    props: secureBucketProps({
      namePrefix: bucketPrefix(context, [t.name, ...sitePart(site)]),
      purpose: "replica",
      encryption: bucketEncryption(context, site),
      lifecycleRule: LIFECYCLE.expireOldVersions,
    }),
    reason: because(
      `Replica of ${t.name} in ${region}, stored as Standard-IA; versioned, encrypted with ${region}'s key, private and TLS-only like its source`,
      context.drPointers,
    ),
  });
  addTlsOnlyPolicy(context, t, site);
}

function addReplicationRole(
  context: CompileContext,
  t: ResolvedTier,
  sites: readonly Site[],
): void {
  const regions = sites.map((site) => awsRegionOfSite(context, site));
  context.nodes.add({
    id: `${t.prefix}.replication.role`,
    kind: "aws.iam.role",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name, "replication"]),
      description: `Lets S3 replicate ${t.name} to ${regions.join(" and ")}`,
      assumedBy: ["s3.amazonaws.com"],
      inlinePolicies: [{ name: "replicate", statements: replicationStatements(context, t, sites) }],
      managedPolicies: [],
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      "Replication role limited to reading this bucket and writing its replicas; only S3 acting for this account may assume it (aws:SourceAccount)",
      context.drPointers,
    ),
  });
}

/** Read this bucket's versions, write the replicas, and use every region's key when there are keys. */
function replicationStatements(
  context: CompileContext,
  t: ResolvedTier,
  sites: readonly Site[],
): PolicyStatement[] {
  // The source is named by its prefix, not referenced: the bucket already refers to this role.
  const source = `arn:aws:s3:::${bucketPrefix(context, [t.name])}*`;
  const destinations = sites.map((site) =>
    join(ref(siteId(site, `${t.prefix}.bucket`), "arn"), "/*"),
  );
  const sourceKey = kmsKeyRef(context, "arn");
  const replicaKeys = sites.flatMap((site) => kmsKeyRef(context, "arn", site) ?? []);
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
      resources: destinations,
    },
    ...(sourceKey !== undefined && replicaKeys.length > 0
      ? [
          {
            sid: "DecryptSource",
            effect: "Allow" as const,
            actions: ["kms:Decrypt"],
            resources: [sourceKey],
          },
          {
            sid: "EncryptReplica",
            effect: "Allow" as const,
            actions: ["kms:Encrypt", "kms:GenerateDataKey"],
            resources: replicaKeys,
          },
        ]
      : []),
  ];
}
