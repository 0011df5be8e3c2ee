import { single, type CloudFormationMapping } from "./mapping.js";

export const backupPlanCloudFormation: CloudFormationMapping<"aws.backup.plan"> = {
  kind: "aws.backup.plan",
  attrs: { id: "BackupPlanId", arn: "BackupPlanArn" },
  resources: single("AWS::Backup::BackupPlan"),
  emit(node, ctx) {
    ctx.add(node, "AWS::Backup::BackupPlan", {
      BackupPlan: {
        BackupPlanName: node.props.name,
        BackupPlanRule: node.props.rules.map((rule) => ({
          RuleName: rule.name,
          TargetBackupVault: ctx.value(rule.targetVaultName, node),
          ScheduleExpression: rule.schedule,
          StartWindowMinutes: rule.startWindowMinutes,
          CompletionWindowMinutes: rule.completionWindowMinutes,
          EnableContinuousBackup: rule.enableContinuousBackup,
          Lifecycle: { DeleteAfterDays: rule.deleteAfterDays },
          ...(rule.copyTo
            ? {
                // The copy waits for the DR vault when the DR stack deploys after this one.
                CopyActions: ctx.guard(() => [
                  {
                    DestinationBackupVaultArn: ctx.value(rule.copyTo!.destinationVaultArn, node),
                    Lifecycle: { DeleteAfterDays: rule.copyTo!.deleteAfterDays },
                  },
                ]),
              }
            : {}),
        })),
      },
      BackupPlanTags: ctx.tagMap(node),
    });
  },
};
