import { declareKind } from "./declare-kind.js";

/** `aws.rds.cluster_parameter_group`: Aurora cluster parameters, e.g. forcing TLS. */
export interface DbClusterParameterGroupProps {
  readonly name: string;
  readonly family: string;
  readonly description: string;
  readonly parameters: readonly {
    readonly name: string;
    readonly value: string;
    readonly applyMethod: "immediate" | "pending-reboot";
  }[];
}

export const dbClusterParameterGroupKind = declareKind<DbClusterParameterGroupProps>()({
  kind: "aws.rds.cluster_parameter_group",
  group: "data",
  attrs: ["id", "name", "arn"],
  description: "Aurora cluster parameters, e.g. forcing TLS.",
});
