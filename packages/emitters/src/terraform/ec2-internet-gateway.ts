import { InternetGateway } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const internetGatewayTerraform: TerraformMapping<"aws.ec2.internet_gateway"> = {
  kind: "aws.ec2.internet_gateway",
  type: InternetGateway.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(InternetGateway.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, InternetGateway, {
      vpcId: ctx.value(node.props.vpcId, node),
      tags: ctx.tags(node),
    });
  },
};
