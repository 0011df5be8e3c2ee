import { declareKind } from "./declare-kind.js";

/** `aws.kms.key`: A customer-managed KMS key. */
export interface KmsKeyProps {
  readonly description: string;
  readonly enableKeyRotation: boolean;
  readonly deletionWindowInDays: number;
  readonly multiRegion: boolean;
  /** Services allowed to use the key beyond the account root (e.g. `logs`). */
  readonly servicePrincipals: readonly string[];
  /**
   * Service-linked roles that use the key for resources they create:
   * `autoscaling` (AWSServiceRoleForAutoScaling) launches instances whose EBS
   * volumes the key encrypts.
   */
  readonly serviceLinkedRoles?: readonly "autoscaling"[];
}

export const kmsKeyKind = declareKind<KmsKeyProps>()({
  kind: "aws.kms.key",
  group: "security",
  attrs: ["id", "arn", "keyId"],
  description: "A customer-managed KMS key.",
});
