import { single, type CloudFormationMapping } from "./mapping.js";

export const routeTableAssociationCloudFormation: CloudFormationMapping<"aws.ec2.route_table_association"> =
  {
    kind: "aws.ec2.route_table_association",
    attrs: { id: "Ref" },
    resources: single("AWS::EC2::SubnetRouteTableAssociation"),
    emit(node, ctx) {
      ctx.add(node, "AWS::EC2::SubnetRouteTableAssociation", {
        SubnetId: ctx.value(node.props.subnetId, node),
        RouteTableId: ctx.value(node.props.routeTableId, node),
      });
    },
  };
