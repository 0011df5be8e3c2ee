import { declareKind } from "./declare-kind.js";

/** `aws.rds.parameter_group`: Database (instance) parameters, e.g. forcing TLS. */
export interface DbParameterGroupProps {
  readonly name: string;
  readonly family: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly value: string;
    readonly applyMethod: "immediate" | "pending-reboot";
  }[];
}

export const dbParameterGroupKind = declareKind<DbParameterGroupProps>()({
  kind: "aws.rds.parameter_group",
  group: "data",
  attrs: ["id", "name", "arn"],
  description: "Database (instance) parameters, e.g. forcing TLS.",
});
