import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.backup.vault`: An AWS Backup vault. */
export interface BackupVaultProps {
  readonly name: string;
  readonly kmsKeyArn?: Ref;
}

export const backupVaultKind = declareKind<BackupVaultProps>()({
  kind: "aws.backup.vault",
  group: "recovery",
  attrs: ["id", "arn", "name"],
  description: "An AWS Backup vault.",
});
