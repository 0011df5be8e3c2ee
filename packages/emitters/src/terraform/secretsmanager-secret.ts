import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret/index.js";
import { single, type TerraformMapping } from "./mapping.js";

export const secretTerraform: TerraformMapping<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  type: SecretsmanagerSecret.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(SecretsmanagerSecret.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, SecretsmanagerSecret, {
      name: node.props.name,
      description: node.props.description,
      kmsKeyId: ctx.optional(node.props.kmsKeyId, node),
      recoveryWindowInDays: node.props.recoveryWindowInDays,
      tags: ctx.tags(node),
    });
  },
};
