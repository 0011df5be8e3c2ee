import { KmsAlias } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const kmsAliasTerraform: TerraformMapping<"aws.kms.alias"> = {
  kind: "aws.kms.alias",
  type: KmsAlias.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(KmsAlias.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, KmsAlias, {
      name: node.props.name,
      targetKeyId: ctx.value(node.props.targetKeyId, node),
    });
  },
};
