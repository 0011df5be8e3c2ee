import { IamInstanceProfile } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const instanceProfileTerraform: TerraformMapping<"aws.iam.instance_profile"> = {
  kind: "aws.iam.instance_profile",
  type: IamInstanceProfile.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(IamInstanceProfile.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, IamInstanceProfile, {
      name: node.props.name,
      role: ctx.value(node.props.role, node),
      tags: ctx.tags(node),
    });
  },
};
