import { NatGateway } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const natGatewayTerraform: TerraformMapping<"aws.ec2.nat_gateway"> = {
  kind: "aws.ec2.nat_gateway",
  type: NatGateway.tfResourceType,
  attrs: { id: "id" },
  resources: single(NatGateway.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, NatGateway, {
      subnetId: ctx.value(node.props.subnetId, node),
      allocationId: ctx.value(node.props.allocationId, node),
      connectivityType: node.props.connectivityType,
      tags: ctx.tags(node),
    });
  },
};
