import { declareKind } from "./declare-kind.js";

/** `aws.rds.global_cluster`: An Aurora global database spanning the primary and DR regions. */
export interface DbGlobalClusterProps {
  readonly identifier: string;
  readonly engine: "aurora-postgresql" | "aurora-mysql";
  readonly engineVersion: string;
  readonly storageEncrypted: boolean;
  readonly deletionProtection: boolean;
}

export const dbGlobalClusterKind = declareKind<DbGlobalClusterProps>()({
  kind: "aws.rds.global_cluster",
  group: "data",
  attrs: ["id", "arn", "identifier"],
  description: "An Aurora global database spanning the primary and DR regions.",
});
