import {
  S3Bucket,
  S3BucketLifecycleConfiguration,
  S3BucketLoggingA,
  S3BucketOwnershipControls,
  S3BucketPublicAccessBlock,
  S3BucketReplicationConfigurationA,
  S3BucketServerSideEncryptionConfigurationA,
  S3BucketVersioningA,
} from "./provider-bindings.js";
import type { BucketProps } from "@idio-iac/graph";
import { bucketPoliciesOf } from "../graph-queries.js";
import { resourceName } from "./context.js";
import type { TerraformMapping, TerraformResourceSpec } from "./mapping.js";

/** The companion resources a bucket's props call for, besides the bucket itself. */
function companions(p: BucketProps): string[] {
  return [
    ...(p.versioning ? [S3BucketVersioningA.tfResourceType] : []),
    S3BucketServerSideEncryptionConfigurationA.tfResourceType,
    S3BucketPublicAccessBlock.tfResourceType,
    S3BucketOwnershipControls.tfResourceType,
    ...(p.accessLogging ? [S3BucketLoggingA.tfResourceType] : []),
    ...(p.lifecycleRules.length > 0 ? [S3BucketLifecycleConfiguration.tfResourceType] : []),
    ...(p.replication ? [S3BucketReplicationConfigurationA.tfResourceType] : []),
  ];
}

export const bucketTerraform: TerraformMapping<"aws.s3.bucket"> = {
  kind: "aws.s3.bucket",
  type: S3Bucket.tfResourceType,
  attrs: {
    id: "id",
    arn: "arn",
    name: "bucket",
    regionalDomainName: "bucket_regional_domain_name",
  },
  resources: (node): TerraformResourceSpec[] =>
    [S3Bucket.tfResourceType, ...companions(node.props)].map((type) => ({ type })),
  emit(node, ctx) {
    const p = node.props;
    const name = resourceName(node.id);
    ctx.create(node, S3Bucket, {
      bucketPrefix: p.namePrefix,
      forceDestroy: p.forceDestroy,
      tags: ctx.tags(node),
    });
    const bucket = `\${${S3Bucket.tfResourceType}.${name}.id}`;
    if (p.versioning) {
      ctx.create(node, S3BucketVersioningA, {
        bucket,
        versioningConfiguration: { status: "Enabled" },
      });
    }
    ctx.create(node, S3BucketServerSideEncryptionConfigurationA, {
      bucket,
      rule: [
        {
          applyServerSideEncryptionByDefault: {
            sseAlgorithm: p.encryption.algorithm,
            kmsMasterKeyId: ctx.optional(p.encryption.kmsKeyId, node),
          },
          bucketKeyEnabled: p.encryption.bucketKeyEnabled,
        },
      ],
    });
    ctx.create(node, S3BucketPublicAccessBlock, { bucket, ...p.publicAccessBlock });
    ctx.create(node, S3BucketOwnershipControls, {
      bucket,
      rule: { objectOwnership: p.objectOwnership },
    });
    if (p.accessLogging) {
      const logging = ctx.create(node, S3BucketLoggingA, {
        bucket,
        targetBucket: ctx.value(p.accessLogging.targetBucket, node),
        targetPrefix: p.accessLogging.targetPrefix,
      });
      // S3 refuses logging until the target bucket's policy lets the log service write.
      const policies = bucketPoliciesOf(ctx.graph, p.accessLogging.targetBucket.ref);
      if (policies.length > 0) {
        logging.addOverride(
          "depends_on",
          [...node.dependsOn, ...policies.map((policy) => policy.id)]
            .map((id) => ctx.address(id))
            .sort(),
        );
      }
    }
    if (p.lifecycleRules.length > 0) {
      ctx.create(node, S3BucketLifecycleConfiguration, {
        bucket,
        rule: p.lifecycleRules.map((rule) => ({
          id: rule.id,
          status: "Enabled",
          filter: [{ prefix: "" }],
          transition: rule.transitions.map((t) => ({ days: t.days, storageClass: t.storageClass })),
          expiration:
            rule.expirationDays === undefined ? undefined : [{ days: rule.expirationDays }],
          noncurrentVersionExpiration:
            rule.noncurrentVersionExpirationDays === undefined
              ? undefined
              : [{ noncurrentDays: rule.noncurrentVersionExpirationDays }],
          abortIncompleteMultipartUpload:
            rule.abortIncompleteMultipartUploadDays === undefined
              ? undefined
              : [{ daysAfterInitiation: rule.abortIncompleteMultipartUploadDays }],
        })),
      });
    }
    if (p.replication) {
      const replication = p.replication;
      const resource = ctx.create(node, S3BucketReplicationConfigurationA, {
        bucket,
        role: ctx.value(replication.roleArn, node),
        rule: replication.destinations.map((d, index) => ({
          id: d.ruleId,
          priority: index + 1,
          status: "Enabled",
          filter: { prefix: "" },
          deleteMarkerReplication: { status: "Enabled" },
          sourceSelectionCriteria: d.kmsKeyArn
            ? { sseKmsEncryptedObjects: { status: "Enabled" } }
            : undefined,
          destination: {
            bucket: ctx.value(d.bucketArn, node),
            storageClass: d.storageClass,
            encryptionConfiguration: d.kmsKeyArn
              ? { replicaKmsKeyId: ctx.value(d.kmsKeyArn, node) }
              : undefined,
            // RTC needs replication metrics; both have a 15-minute threshold (the only value S3 takes).
            ...(replication.replicationTimeControl
              ? {
                  replicationTime: { status: "Enabled", time: { minutes: 15 } },
                  metrics: { status: "Enabled", eventThreshold: { minutes: 15 } },
                }
              : {}),
          },
        })),
      });
      // Replication is refused until versioning is on.
      resource.addOverride("depends_on", [
        ...node.dependsOn.map((id) => ctx.address(id)).sort(),
        ...(p.versioning ? [`${S3BucketVersioningA.tfResourceType}.${name}`] : []),
      ]);
    }
  },
};
