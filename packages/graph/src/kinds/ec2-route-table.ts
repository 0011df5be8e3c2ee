import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.ec2.route_table`: A route table with its routes. */
export interface RouteTableProps {
  readonly vpcId: Ref;
  readonly routes: readonly {
    readonly destinationCidrBlock: string;
    readonly gatewayId?: Ref;
    readonly natGatewayId?: Ref;
  }[];
}

export const routeTableKind = declareKind<RouteTableProps>()({
  kind: "aws.ec2.route_table",
  group: "network",
  attrs: ["id"],
  description: "A route table with its routes.",
});
