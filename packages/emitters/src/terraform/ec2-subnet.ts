import { Subnet } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const subnetTerraform: TerraformMapping<"aws.ec2.subnet"> = {
  kind: "aws.ec2.subnet",
  type: Subnet.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(Subnet.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Subnet, {
      vpcId: ctx.value(node.props.vpcId, node),
      cidrBlock: node.props.cidrBlock,
      availabilityZone: node.props.availabilityZone,
      mapPublicIpOnLaunch: node.props.mapPublicIpOnLaunch,
      tags: ctx.tags(node),
    });
  },
};
