import type { Ref } from "../values.js";

/** `aws.backup.selection`: Which resources a backup plan protects. */
export interface BackupSelectionProps {
  readonly name: string;
  readonly planId: Ref;
  readonly iamRoleArn: Ref;
  readonly resources: readonly Ref[];
}

export const backupSelectionKind = {
  kind: "aws.backup.selection",
  group: "recovery",
  attrs: ["id"],
  description: "Which resources a backup plan protects.",
} as const;
