import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.logs.log_group`: A CloudWatch Logs group with retention. */
export interface LogGroupProps {
  readonly name: string;
  readonly retentionInDays: number;
  readonly kmsKeyId?: Ref;
}

export const logGroupKind = declareKind<LogGroupProps>()({
  kind: "aws.logs.log_group",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "A CloudWatch Logs group with retention.",
});
