import { VpcSecurityGroupIngressRule } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const securityGroupIngressTerraform: TerraformMapping<"aws.ec2.security_group_ingress"> = {
  kind: "aws.ec2.security_group_ingress",
  type: VpcSecurityGroupIngressRule.tfResourceType,
  attrs: { id: "id" },
  resources: single(VpcSecurityGroupIngressRule.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const allProtocols = p.ipProtocol === "-1";
    ctx.create(node, VpcSecurityGroupIngressRule, {
      securityGroupId: ctx.value(p.securityGroupId, node),
      description: p.description,
      ipProtocol: p.ipProtocol,
      fromPort: allProtocols ? undefined : p.fromPort,
      toPort: allProtocols ? undefined : p.toPort,
      cidrIpv4: p.cidrIpv4,
      referencedSecurityGroupId: ctx.optional(p.sourceSecurityGroupId, node),
      prefixListId: p.sourcePrefixListId,
      tags: ctx.tags(node),
    });
  },
};
