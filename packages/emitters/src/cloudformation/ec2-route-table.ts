import { logicalId } from "../names.js";
import { ATTACHMENT_SUFFIX } from "./ec2-internet-gateway.js";
import type { CloudFormationMapping } from "./mapping.js";

export const routeTableCloudFormation: CloudFormationMapping<"aws.ec2.route_table"> = {
  kind: "aws.ec2.route_table",
  attrs: { id: "Ref" },
  resources: (node) => [
    { type: "AWS::EC2::RouteTable" },
    ...node.props.routes.map((_, index) => ({ type: "AWS::EC2::Route", suffix: `route${index}` })),
  ],
  emit(node, ctx) {
    const table = ctx.add(node, "AWS::EC2::RouteTable", {
      VpcId: ctx.value(node.props.vpcId, node),
      Tags: ctx.tags(node),
    });
    node.props.routes.forEach((route, index) => {
      // A route to an internet gateway fails until the gateway is attached to the VPC.
      const gateway = route.gatewayId && ctx.node(route.gatewayId.ref);
      const waitFor =
        gateway &&
        gateway.kind === "aws.ec2.internet_gateway" &&
        ctx.stackOf(gateway.id) === ctx.stackOf(node.id)
          ? [logicalId(gateway.id) + logicalId(ATTACHMENT_SUFFIX)]
          : [];
      ctx.add(
        node,
        "AWS::EC2::Route",
        {
          RouteTableId: { Ref: table },
          DestinationCidrBlock: route.destinationCidrBlock,
          GatewayId: ctx.optional(route.gatewayId, node),
          NatGatewayId: ctx.optional(route.natGatewayId, node),
        },
        { suffix: `route${index}`, dependsOn: waitFor },
      );
    });
  },
};
