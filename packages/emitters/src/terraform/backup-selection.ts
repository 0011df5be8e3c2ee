import { BackupSelection } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const backupSelectionTerraform: TerraformMapping<"aws.backup.selection"> = {
  kind: "aws.backup.selection",
  type: BackupSelection.tfResourceType,
  attrs: { id: "id" },
  resources: single(BackupSelection.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, BackupSelection, {
      name: node.props.name,
      planId: ctx.value(node.props.planId, node),
      iamRoleArn: ctx.value(node.props.iamRoleArn, node),
      resources: ctx.values(node.props.resources, node),
    });
  },
};
