import { RouteTableAssociation } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const routeTableAssociationTerraform: TerraformMapping<"aws.ec2.route_table_association"> = {
  kind: "aws.ec2.route_table_association",
  type: RouteTableAssociation.tfResourceType,
  attrs: { id: "id" },
  resources: single(RouteTableAssociation.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, RouteTableAssociation, {
      subnetId: ctx.value(node.props.subnetId, node),
      routeTableId: ctx.value(node.props.routeTableId, node),
    });
  },
};
