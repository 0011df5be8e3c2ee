import { BackupVault } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const backupVaultTerraform: TerraformMapping<"aws.backup.vault"> = {
  kind: "aws.backup.vault",
  type: BackupVault.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(BackupVault.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, BackupVault, {
      name: node.props.name,
      kmsKeyArn: ctx.optional(node.props.kmsKeyArn, node),
      tags: ctx.tags(node),
    });
  },
};
