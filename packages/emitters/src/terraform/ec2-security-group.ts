import { SecurityGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const securityGroupTerraform: TerraformMapping<"aws.ec2.security_group"> = {
  kind: "aws.ec2.security_group",
  type: SecurityGroup.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(SecurityGroup.tfResourceType),
  emit(node, ctx) {
    // No inline rules: each rule is its own node (and resource), and Terraform
    // removes the default allow-all egress rule when it creates the group.
    ctx.create(node, SecurityGroup, {
      name: node.props.name,
      description: node.props.description,
      vpcId: ctx.value(node.props.vpcId, node),
      tags: ctx.tags(node),
    });
  },
};
