import { single, type CloudFormationMapping } from "./mapping.js";

export const backupVaultCloudFormation: CloudFormationMapping<"aws.backup.vault"> = {
  kind: "aws.backup.vault",
  attrs: { id: "Ref", arn: "BackupVaultArn", name: "BackupVaultName" },
  resources: single("AWS::Backup::BackupVault"),
  emit(node, ctx) {
    ctx.add(
      node,
      "AWS::Backup::BackupVault",
      {
        BackupVaultName: node.props.name,
        EncryptionKeyArn: ctx.optional(node.props.kmsKeyArn, node),
        BackupVaultTags: ctx.tagMap(node),
      },
      { retain: "Retain" },
    );
  },
};
