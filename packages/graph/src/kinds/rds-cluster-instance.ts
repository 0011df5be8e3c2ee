import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.rds.cluster_instance`: An instance (writer or reader) of an Aurora cluster. */
export interface DbClusterInstanceProps {
  readonly identifier: string;
  readonly clusterIdentifier: Ref;
  readonly engine: "aurora-postgresql" | "aurora-mysql";
  readonly instanceClass: string;
  readonly publiclyAccessible: boolean;
  readonly performanceInsights: boolean;
  readonly monitoringIntervalSeconds: 0 | 1 | 5 | 10 | 15 | 30 | 60;
  readonly monitoringRoleArn?: Ref;
  readonly autoMinorVersionUpgrade: boolean;
  readonly promotionTier: number;
  /** Literal AZ (`us-east-1b`), so writer and readers land in different zones. */
  readonly availabilityZone?: string;
}

export const dbClusterInstanceKind = declareKind<DbClusterInstanceProps>()({
  kind: "aws.rds.cluster_instance",
  group: "data",
  attrs: ["id", "arn", "endpoint", "identifier"],
  description: "An instance (writer or reader) of an Aurora cluster.",
});
