import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.rds.subnet_group`: Subnets a database may use. */
export interface DbSubnetGroupProps {
  readonly name: string;
  readonly description: string;
  readonly subnetIds: readonly Ref[];
}

export const dbSubnetGroupKind = declareKind<DbSubnetGroupProps>()({
  kind: "aws.rds.subnet_group",
  group: "data",
  attrs: ["id", "name", "arn"],
  description: "Subnets a database may use.",
});
