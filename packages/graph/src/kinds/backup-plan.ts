import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.backup.plan`: An AWS Backup plan. */
export interface BackupPlanProps {
  readonly name: string;
  readonly rules: readonly {
    readonly name: string;
    readonly targetVaultName: Ref;
    /** AWS cron expression in UTC. */
    readonly schedule: string;
    readonly startWindowMinutes: number;
    readonly completionWindowMinutes: number;
    readonly deleteAfterDays: number;
    readonly enableContinuousBackup: boolean;
    readonly copyTo?: { readonly destinationVaultArn: Ref; readonly deleteAfterDays: number };
  }[];
}

export const backupPlanKind = declareKind<BackupPlanProps>()({
  kind: "aws.backup.plan",
  group: "recovery",
  attrs: ["id", "arn"],
  description: "An AWS Backup plan.",
});
