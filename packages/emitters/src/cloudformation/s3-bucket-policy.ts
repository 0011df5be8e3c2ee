import { single, type CloudFormationMapping } from "./mapping.js";
import { policyDocument } from "./policy-document.js";

export const bucketPolicyCloudFormation: CloudFormationMapping<"aws.s3.bucket_policy"> = {
  kind: "aws.s3.bucket_policy",
  attrs: { id: "Ref" },
  resources: single("AWS::S3::BucketPolicy"),
  emit(node, ctx) {
    ctx.add(node, "AWS::S3::BucketPolicy", {
      Bucket: ctx.value(node.props.bucket, node),
      PolicyDocument: policyDocument(node.props.statements, node, ctx),
    });
  },
};
