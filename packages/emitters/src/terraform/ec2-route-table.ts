import { RouteTable } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const routeTableTerraform: TerraformMapping<"aws.ec2.route_table"> = {
  kind: "aws.ec2.route_table",
  type: RouteTable.tfResourceType,
  attrs: { id: "id" },
  resources: single(RouteTable.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, RouteTable, {
      vpcId: ctx.value(node.props.vpcId, node),
      // Inline routes: the table owns them all, so a route added by hand shows up as drift.
      route: node.props.routes.map((route) => ({
        cidrBlock: route.destinationCidrBlock,
        gatewayId: ctx.optional(route.gatewayId, node),
        natGatewayId: ctx.optional(route.natGatewayId, node),
      })),
      tags: ctx.tags(node),
    });
  },
};
