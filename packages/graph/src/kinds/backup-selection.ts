import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.backup.selection`: Which resources a backup plan protects. */
export interface BackupSelectionProps {
  readonly name: string;
  readonly planId: Ref;
  readonly iamRoleArn: Ref;
  readonly resources: readonly Ref[];
}

export const backupSelectionKind = declareKind<BackupSelectionProps>()({
  kind: "aws.backup.selection",
  group: "recovery",
  attrs: ["id"],
  description: "Which resources a backup plan protects.",
});
