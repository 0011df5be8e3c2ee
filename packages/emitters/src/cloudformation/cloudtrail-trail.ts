import { single, type CloudFormationMapping } from "./mapping.js";

export const trailCloudFormation: CloudFormationMapping<"aws.cloudtrail.trail"> = {
  kind: "aws.cloudtrail.trail",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::CloudTrail::Trail"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::CloudTrail::Trail", {
      TrailName: p.name,
      IsLogging: true,
      S3BucketName: ctx.value(p.s3BucketName, node),
      IsMultiRegionTrail: p.isMultiRegionTrail,
      IncludeGlobalServiceEvents: p.includeGlobalServiceEvents,
      EnableLogFileValidation: p.enableLogFileValidation,
      KMSKeyId: ctx.optional(p.kmsKeyId, node),
      CloudWatchLogsLogGroupArn: ctx.optional(p.cloudWatchLogsGroupArn, node),
      CloudWatchLogsRoleArn: ctx.optional(p.cloudWatchLogsRoleArn, node),
      Tags: ctx.tags(node),
    });
  },
};
