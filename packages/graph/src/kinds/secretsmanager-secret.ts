import type { Ref } from "../values.js";

/** `aws.secretsmanager.secret`: A Secrets Manager secret (its value is never in the output). */
export interface SecretProps {
  readonly name: string;
  readonly description: string;
  readonly kmsKeyId?: Ref;
  readonly recoveryWindowInDays: number;
}

export const secretKind = {
  kind: "aws.secretsmanager.secret",
  group: "security",
  attrs: ["id", "arn", "name"],
  description: "A Secrets Manager secret (its value is never in the output).",
} as const;
