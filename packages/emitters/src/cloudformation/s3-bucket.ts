import { collectRefs } from "@idio-iac/graph";
import { bucketPoliciesOf } from "../graph-queries.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const bucketCloudFormation: CloudFormationMapping<"aws.s3.bucket"> = {
  kind: "aws.s3.bucket",
  attrs: { id: "Ref", arn: "Arn", name: "Ref", regionalDomainName: "RegionalDomainName" },
  // CloudFormation configures versioning, encryption, logging, … on the bucket itself.
  resources: single("AWS::S3::Bucket"),
  emit(node, ctx) {
    const p = node.props;
    const replication = p.replication;
    ctx.add(
      node,
      "AWS::S3::Bucket",
      {
        // No BucketName: CloudFormation derives a unique one from the stack, as the name prefix does in Terraform.
        VersioningConfiguration: p.versioning ? { Status: "Enabled" } : undefined,
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            {
              ServerSideEncryptionByDefault: {
                SSEAlgorithm: p.encryption.algorithm,
                ...(p.encryption.kmsKeyId
                  ? { KMSMasterKeyID: ctx.value(p.encryption.kmsKeyId, node) }
                  : {}),
              },
              BucketKeyEnabled: p.encryption.bucketKeyEnabled,
            },
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: p.publicAccessBlock.blockPublicAcls,
          BlockPublicPolicy: p.publicAccessBlock.blockPublicPolicy,
          IgnorePublicAcls: p.publicAccessBlock.ignorePublicAcls,
          RestrictPublicBuckets: p.publicAccessBlock.restrictPublicBuckets,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: p.objectOwnership }] },
        LoggingConfiguration: p.accessLogging
          ? {
              DestinationBucketName: ctx.value(p.accessLogging.targetBucket, node),
              LogFilePrefix: p.accessLogging.targetPrefix,
            }
          : undefined,
        LifecycleConfiguration:
          p.lifecycleRules.length > 0
            ? {
                Rules: p.lifecycleRules.map((rule) => ({
                  Id: rule.id,
                  Status: "Enabled",
                  ...(rule.transitions.length > 0
                    ? {
                        Transitions: rule.transitions.map((t) => ({
                          TransitionInDays: t.days,
                          StorageClass: t.storageClass,
                        })),
                      }
                    : {}),
                  ...(rule.expirationDays === undefined
                    ? {}
                    : { ExpirationInDays: rule.expirationDays }),
                  ...(rule.noncurrentVersionExpirationDays === undefined
                    ? {}
                    : {
                        NoncurrentVersionExpiration: {
                          NoncurrentDays: rule.noncurrentVersionExpirationDays,
                        },
                      }),
                  ...(rule.abortIncompleteMultipartUploadDays === undefined
                    ? {}
                    : {
                        AbortIncompleteMultipartUpload: {
                          DaysAfterInitiation: rule.abortIncompleteMultipartUploadDays,
                        },
                      }),
                })),
              }
            : undefined,
        // Replication starts once the DR bucket exists (a second deploy when DR deploys later).
        ReplicationConfiguration: replication
          ? ctx.guard(() => ({
              Role: ctx.value(replication.roleArn, node),
              Rules: replication.destinations.map((d, index) => ({
                Id: d.ruleId,
                Status: "Enabled",
                Priority: index + 1,
                Filter: { Prefix: "" },
                DeleteMarkerReplication: { Status: "Enabled" },
                ...(d.kmsKeyArn
                  ? { SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: "Enabled" } } }
                  : {}),
                Destination: {
                  Bucket: ctx.value(d.bucketArn, node),
                  StorageClass: d.storageClass,
                  ...(d.kmsKeyArn
                    ? { EncryptionConfiguration: { ReplicaKmsKeyID: ctx.value(d.kmsKeyArn, node) } }
                    : {}),
                  // RTC needs replication metrics; 15 minutes is the only value S3 takes.
                  ...(replication.replicationTimeControl
                    ? {
                        ReplicationTime: { Status: "Enabled", Time: { Minutes: 15 } },
                        Metrics: { Status: "Enabled", EventThreshold: { Minutes: 15 } },
                      }
                    : {}),
                },
              })),
            }))
          : undefined,
        Tags: ctx.tags(node),
      },
      {
        retain: p.forceDestroy ? "Delete" : "Retain",
        // S3 refuses logging until the target bucket's policy lets the log service write;
        // wait for it unless the policy itself names this bucket (that would be a cycle).
        dependsOn: p.accessLogging
          ? bucketPoliciesOf(ctx.graph, p.accessLogging.targetBucket.ref)
              .filter(
                (policy) =>
                  ctx.stackOf(policy.id) === ctx.stackOf(node.id) &&
                  !collectRefs(policy.props).some((reference) => reference.ref === node.id),
              )
              .map((policy) => ctx.logicalIdOf(policy.id))
          : [],
      },
    );
  },
};
