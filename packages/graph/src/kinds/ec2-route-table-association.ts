import type { Ref } from "../values.js";

/** `aws.ec2.route_table_association`: Binds a subnet to a route table. */
export interface RouteTableAssociationProps {
  readonly subnetId: Ref;
  readonly routeTableId: Ref;
}

export const routeTableAssociationKind = {
  kind: "aws.ec2.route_table_association",
  group: "network",
  attrs: ["id"],
  description: "Binds a subnet to a route table.",
} as const;
