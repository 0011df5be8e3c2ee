import type { Ref } from "../values.js";

/** `aws.backup.vault`: An AWS Backup vault. */
export interface BackupVaultProps {
  readonly name: string;
  readonly kmsKeyArn?: Ref;
}

export const backupVaultKind = {
  kind: "aws.backup.vault",
  group: "recovery",
  attrs: ["id", "arn", "name"],
  description: "An AWS Backup vault.",
} as const;
