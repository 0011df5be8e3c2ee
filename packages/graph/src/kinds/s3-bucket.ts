import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.s3.bucket`: An S3 bucket with its encryption, versioning, public access block, logging, lifecycle and replication. */
export interface BucketProps {
  /** Name prefix; AWS appends a unique suffix, so output stays deterministic. */
  readonly namePrefix: string;
  readonly purpose: "data" | "static-site" | "logs" | "trail" | "replica";
  readonly versioning: boolean;
  readonly encryption: {
    readonly algorithm: "aws:kms" | "AES256";
    readonly kmsKeyId?: Ref;
    readonly bucketKeyEnabled: boolean;
  };
  readonly publicAccessBlock: {
    readonly blockPublicAcls: boolean;
    readonly blockPublicPolicy: boolean;
    readonly ignorePublicAcls: boolean;
    readonly restrictPublicBuckets: boolean;
  };
  readonly objectOwnership: "BucketOwnerEnforced" | "BucketOwnerPreferred" | "ObjectWriter";
  readonly accessLogging?: { readonly targetBucket: Ref; readonly targetPrefix: string };
  readonly lifecycleRules: readonly {
    readonly id: string;
    readonly transitions: readonly {
      readonly days: number;
      readonly storageClass:
        "STANDARD_IA" | "INTELLIGENT_TIERING" | "GLACIER_IR" | "GLACIER" | "DEEP_ARCHIVE";
    }[];
    readonly expirationDays?: number;
    readonly noncurrentVersionExpirationDays?: number;
    readonly abortIncompleteMultipartUploadDays?: number;
  }[];
  readonly replication?: {
    readonly roleArn: Ref;
    /** One rule per destination bucket (one per secondary region), in priority order. */
    readonly destinations: readonly {
      /** The rule's id, which replication metrics carry as their `RuleId` dimension. */
      readonly ruleId: string;
      readonly bucketArn: Ref;
      readonly kmsKeyArn?: Ref;
      readonly storageClass: "STANDARD" | "STANDARD_IA";
    }[];
    /**
     * S3 Replication Time Control (99.99% of objects within 15 minutes) with replication
     * metrics, so `ReplicationLatency` and `OperationsFailedReplication` are published:
     * https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication-time-control.html
     */
    readonly replicationTimeControl: boolean;
  };
  readonly forceDestroy: boolean;
}

export const bucketKind = declareKind<BucketProps>()({
  kind: "aws.s3.bucket",
  group: "data",
  attrs: ["id", "arn", "name", "regionalDomainName"],
  description:
    "An S3 bucket with its encryption, versioning, public access block, logging, lifecycle and replication.",
});
