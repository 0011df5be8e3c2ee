import { join, ref, type BucketProps, type PolicyStatement } from "@idio-iac/graph";
import type { CompileContext } from "../../context/context.js";
import { kmsKeyRef, SHARED } from "../../context/context.js";
import type { Site } from "../../ids.js";

type LifecycleRule = BucketProps["lifecycleRules"][number];

/** The lifecycle rules IDIO's buckets use, as data. */
export const LIFECYCLE = {
  /** Keep overwritten or deleted versions 30 days (undo a bad deploy), then drop them. */
  expireOldVersions: {
    id: "expire-old-versions",
    transitions: [],
    noncurrentVersionExpirationDays: 30,
    abortIncompleteMultipartUploadDays: 7,
  },
  /** Logs and trails: Glacier Instant Retrieval after 90 days, deleted after `days`. */
  archiveThenExpire: (days: number): LifecycleRule => ({
    id: "archive-then-expire",
    transitions: [{ days: 90, storageClass: "GLACIER_IR" }],
    expirationDays: days,
    noncurrentVersionExpirationDays: 30,
    abortIncompleteMultipartUploadDays: 7,
  }),
  /** Application data: Intelligent-Tiering from day 0, old versions kept `noncurrentDays`. */
  tiering: (noncurrentDays: number): LifecycleRule => ({
    id: "tiering",
    transitions: [{ days: 0, storageClass: "INTELLIGENT_TIERING" }],
    noncurrentVersionExpirationDays: noncurrentDays,
    abortIncompleteMultipartUploadDays: 7,
  }),
} as const satisfies Record<string, LifecycleRule | ((days: number) => LifecycleRule)>;

/** What differs between IDIO's buckets; everything else is the secure default. */
export interface BucketSpec {
  readonly namePrefix: string;
  readonly purpose: BucketProps["purpose"];
  readonly encryption: BucketProps["encryption"];
  /** BucketOwnerEnforced (ACLs off) unless a writer needs ACLs (CloudFront standard logs). */
  readonly objectOwnership?: BucketProps["objectOwnership"];
  readonly accessLogging?: BucketProps["accessLogging"];
  readonly lifecycleRule: LifecycleRule;
  readonly replication?: BucketProps["replication"];
}

/**
 * A secure bucket: versioned, every public access blocked, ACLs off, never
 * force-destroyed, with the spec's encryption, logging, lifecycle and
 * replication. Keys in one fixed order, so graphs stay byte-identical.
 */
export function secureBucketProps(spec: BucketSpec): BucketProps {
  return {
    namePrefix: spec.namePrefix,
    purpose: spec.purpose,
    versioning: true,
    encryption: spec.encryption,
    publicAccessBlock: BLOCK_ALL_PUBLIC_ACCESS,
    objectOwnership: spec.objectOwnership ?? "BucketOwnerEnforced",
    accessLogging: spec.accessLogging,
    lifecycleRules: [spec.lifecycleRule],
    replication: spec.replication,
    forceDestroy: false,
  };
}

export const BLOCK_ALL_PUBLIC_ACCESS: BucketProps["publicAccessBlock"] = {
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
};

/** Encryption with the application key (SSE-KMS with a bucket key), or SSE-S3 without one. */
export function bucketEncryption(
  context: CompileContext,
  site: Site = "primary",
): BucketProps["encryption"] {
  const key = kmsKeyRef(context, "arn", site);
  return key
    ? { algorithm: "aws:kms", kmsKeyId: key, bucketKeyEnabled: true }
    : { algorithm: "AES256", bucketKeyEnabled: false };
}

/** Server access logs to the shared logs bucket when compliance asks for them. */
export function bucketAccessLogging(
  context: CompileContext,
  prefix: string,
): BucketProps["accessLogging"] {
  return context.posture.accessLogs
    ? { targetBucket: ref(SHARED.logsBucket), targetPrefix: `s3/${prefix}/` }
    : undefined;
}

/** Deny any request that is not over TLS. */
export function tlsOnlyStatement(bucketId: string): PolicyStatement {
  const arn = ref(bucketId, "arn");
  return {
    sid: "DenyInsecureTransport",
    effect: "Deny",
    actions: ["s3:*"],
    resources: [arn, join(arn, "/*")],
    principals: { aws: ["*"] },
    conditions: { Bool: { "aws:SecureTransport": ["false"] } },
  };
}
