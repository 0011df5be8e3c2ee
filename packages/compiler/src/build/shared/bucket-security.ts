import { join, ref, type BucketProps, type PolicyStatement } from "@idio-iac/graph";
import type { CompileContext } from "../../context/context.js";
import { kmsKeyRef, SHARED } from "../../context/context.js";
import type { Site } from "../../ids.js";

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
