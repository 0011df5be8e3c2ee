import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.dynamodb.table`: A DynamoDB table. */
export interface DynamoTableProps {
  readonly name: string;
  readonly billingMode: "PAY_PER_REQUEST" | "PROVISIONED";
  readonly readCapacity?: number;
  readonly writeCapacity?: number;
  readonly hashKey: string;
  readonly rangeKey?: string;
  readonly attributes: readonly { readonly name: string; readonly type: "S" | "N" | "B" }[];
  readonly pointInTimeRecovery: boolean;
  readonly serverSideEncryption: { readonly enabled: boolean; readonly kmsKeyArn?: Ref };
  readonly deletionProtection: boolean;
  /** Regions holding global-table replicas (the DR region under replication). */
  readonly replicaRegions: readonly string[];
  /**
   * The key of each replica region, by region, when the table uses a
   * customer-managed key: a KMS key never leaves its region, and a replica
   * without one fails (Terraform) or silently falls back to the AWS-managed key
   * (CloudFormation).
   */
  readonly replicaKmsKeyArns?: Readonly<Record<string, Ref>>;
  readonly streamEnabled: boolean;
}

export const dynamoTableKind = declareKind<DynamoTableProps>()({
  kind: "aws.dynamodb.table",
  group: "data",
  attrs: ["id", "arn", "name", "streamArn"],
  description: "A DynamoDB table.",
});
