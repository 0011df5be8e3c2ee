import { Cloudtrail } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const trailTerraform: TerraformMapping<"aws.cloudtrail.trail"> = {
  kind: "aws.cloudtrail.trail",
  type: Cloudtrail.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(Cloudtrail.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, Cloudtrail, {
      name: p.name,
      s3BucketName: ctx.value(p.s3BucketName, node),
      isMultiRegionTrail: p.isMultiRegionTrail,
      includeGlobalServiceEvents: p.includeGlobalServiceEvents,
      enableLogFileValidation: p.enableLogFileValidation,
      kmsKeyId: ctx.optional(p.kmsKeyId, node),
      cloudWatchLogsGroupArn: ctx.optional(p.cloudWatchLogsGroupArn, node),
      cloudWatchLogsRoleArn: ctx.optional(p.cloudWatchLogsRoleArn, node),
      tags: ctx.tags(node),
    });
  },
};
