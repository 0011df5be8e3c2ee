import { BackupPlan } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const backupPlanTerraform: TerraformMapping<"aws.backup.plan"> = {
  kind: "aws.backup.plan",
  type: BackupPlan.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(BackupPlan.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, BackupPlan, {
      name: node.props.name,
      rule: node.props.rules.map((rule) => ({
        ruleName: rule.name,
        targetVaultName: ctx.value(rule.targetVaultName, node),
        schedule: rule.schedule,
        startWindow: rule.startWindowMinutes,
        completionWindow: rule.completionWindowMinutes,
        enableContinuousBackup: rule.enableContinuousBackup,
        lifecycle: { deleteAfter: rule.deleteAfterDays },
        copyAction: rule.copyTo
          ? [
              {
                destinationVaultArn: ctx.value(rule.copyTo.destinationVaultArn, node),
                lifecycle: { deleteAfter: rule.copyTo.deleteAfterDays },
              },
            ]
          : undefined,
      })),
      tags: ctx.tags(node),
    });
  },
};
