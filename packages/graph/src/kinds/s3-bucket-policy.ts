import type { PolicyStatement, Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.s3.bucket_policy`: A bucket's resource policy (TLS only, service access). */
export interface BucketPolicyProps {
  readonly bucket: Ref;
  readonly statements: readonly PolicyStatement[];
}

export const bucketPolicyKind = declareKind<BucketPolicyProps>()({
  kind: "aws.s3.bucket_policy",
  group: "security",
  attrs: ["id"],
  description: "A bucket's resource policy (TLS only, service access).",
});
