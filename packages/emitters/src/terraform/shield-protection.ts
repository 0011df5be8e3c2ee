import { ShieldProtection } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const shieldProtectionTerraform: TerraformMapping<"aws.shield.protection"> = {
  kind: "aws.shield.protection",
  type: ShieldProtection.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(ShieldProtection.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, ShieldProtection, {
      name: node.props.name,
      resourceArn: ctx.value(node.props.resourceArn, node),
      tags: ctx.tags(node),
    });
  },
};
