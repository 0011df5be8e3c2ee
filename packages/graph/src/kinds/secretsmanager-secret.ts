import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.secretsmanager.secret`: A Secrets Manager secret holding generated
 * database administrator credentials, replicated to other regions.
 */
export interface SecretProps {
  readonly name: string;
  readonly description: string;
  /** The key that encrypts the secret in its own region; the AWS managed key when absent. */
  readonly kmsKeyId?: Ref;
  /**
   * The secret holds `{"username": …, "password": …}`; the password is
   * generated when the secret is created and never appears in the graph or
   * the emitted code.
   */
  readonly generatedCredentials: { readonly username: string };
  /** Read-only replicas (Secrets Manager replication), each encrypted with a key of its region. */
  readonly replicas: readonly { readonly region: string; readonly kmsKeyId?: Ref }[];
  /** Days a deleted secret can still be restored (7-30). */
  readonly recoveryWindowInDays: number;
}

export const secretKind = declareKind<SecretProps>()({
  kind: "aws.secretsmanager.secret",
  group: "security",
  attrs: ["id", "arn"],
  description:
    "A Secrets Manager secret holding generated database administrator credentials, replicated to other regions.",
});
