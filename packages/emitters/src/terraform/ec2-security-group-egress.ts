import { VpcSecurityGroupEgressRule } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const securityGroupEgressTerraform: TerraformMapping<"aws.ec2.security_group_egress"> = {
  kind: "aws.ec2.security_group_egress",
  type: VpcSecurityGroupEgressRule.tfResourceType,
  attrs: { id: "id" },
  resources: single(VpcSecurityGroupEgressRule.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const allProtocols = p.ipProtocol === "-1";
    ctx.create(node, VpcSecurityGroupEgressRule, {
      securityGroupId: ctx.value(p.securityGroupId, node),
      description: p.description,
      ipProtocol: p.ipProtocol,
      fromPort: allProtocols ? undefined : p.fromPort,
      toPort: allProtocols ? undefined : p.toPort,
      cidrIpv4: p.cidrIpv4,
      referencedSecurityGroupId: ctx.optional(p.destinationSecurityGroupId, node),
      prefixListId: ctx.optional(p.destinationPrefixListId, node),
      tags: ctx.tags(node),
    });
  },
};
