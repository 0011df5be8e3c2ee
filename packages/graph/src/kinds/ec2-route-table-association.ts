import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.route_table_association`: Binds a subnet to a route table. */
export interface RouteTableAssociationProps {
  readonly subnetId: Ref;
  readonly routeTableId: Ref;
}

export const routeTableAssociationKind = declareKind<RouteTableAssociationProps>()({
  kind: "aws.ec2.route_table_association",
  group: "network",
  attrs: ["id"],
  description: "Binds a subnet to a route table.",
});
