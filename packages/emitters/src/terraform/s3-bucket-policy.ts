import { S3BucketPolicy } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";
import { policyDocument } from "./policy-document.js";

export const bucketPolicyTerraform: TerraformMapping<"aws.s3.bucket_policy"> = {
  kind: "aws.s3.bucket_policy",
  type: S3BucketPolicy.tfResourceType,
  attrs: { id: "id" },
  resources: single(S3BucketPolicy.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, S3BucketPolicy, {
      bucket: ctx.value(node.props.bucket, node),
      policy: policyDocument(node.props.statements, node, ctx),
    });
  },
};
