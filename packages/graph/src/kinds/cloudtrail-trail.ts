import type { Join, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.cloudtrail.trail`: A CloudTrail trail. */
export interface TrailProps {
  readonly name: string;
  readonly s3BucketName: Ref;
  readonly isMultiRegionTrail: boolean;
  readonly includeGlobalServiceEvents: boolean;
  readonly enableLogFileValidation: boolean;
  readonly kmsKeyId?: Ref;
  readonly cloudWatchLogsGroupArn?: Join;
  readonly cloudWatchLogsRoleArn?: Ref;
}

export const trailKind = declareKind<TrailProps>()({
  kind: "aws.cloudtrail.trail",
  group: "operations",
  attrs: ["id", "arn", "name"],
  description: "A CloudTrail trail.",
});
