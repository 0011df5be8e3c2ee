import { VpcEndpoint } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const vpcEndpointTerraform: TerraformMapping<"aws.ec2.vpc_endpoint"> = {
  kind: "aws.ec2.vpc_endpoint",
  type: VpcEndpoint.tfResourceType,
  attrs: { id: "id", arn: "arn", prefixListId: "prefix_list_id" },
  resources: single(VpcEndpoint.tfResourceType),
  emit(node, ctx) {
    const gateway = node.props.endpointType === "Gateway";
    ctx.create(node, VpcEndpoint, {
      vpcId: ctx.value(node.props.vpcId, node),
      serviceName: `com.amazonaws.${ctx.regionOf(node)}.${node.props.service}`,
      vpcEndpointType: node.props.endpointType,
      routeTableIds: gateway ? ctx.values(node.props.routeTableIds, node) : undefined,
      privateDnsEnabled: gateway ? undefined : true,
      tags: ctx.tags(node),
    });
  },
};
