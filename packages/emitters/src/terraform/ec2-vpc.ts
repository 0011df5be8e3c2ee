import { Vpc } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const vpcTerraform: TerraformMapping<"aws.ec2.vpc"> = {
  kind: "aws.ec2.vpc",
  type: Vpc.tfResourceType,
  attrs: { id: "id", arn: "arn", cidrBlock: "cidr_block" },
  resources: single(Vpc.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Vpc, {
      cidrBlock: node.props.cidrBlock,
      enableDnsHostnames: node.props.enableDnsHostnames,
      enableDnsSupport: node.props.enableDnsSupport,
      tags: ctx.tags(node),
    });
  },
};
