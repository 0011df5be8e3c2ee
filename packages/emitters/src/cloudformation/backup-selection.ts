import { single, type CloudFormationMapping } from "./mapping.js";

export const backupSelectionCloudFormation: CloudFormationMapping<"aws.backup.selection"> = {
  kind: "aws.backup.selection",
  attrs: { id: "Ref" },
  resources: single("AWS::Backup::BackupSelection"),
  emit(node, ctx) {
    ctx.add(node, "AWS::Backup::BackupSelection", {
      BackupPlanId: ctx.value(node.props.planId, node),
      BackupSelection: {
        SelectionName: node.props.name,
        IamRoleArn: ctx.value(node.props.iamRoleArn, node),
        Resources: ctx.values(node.props.resources, node),
      },
    });
  },
};
