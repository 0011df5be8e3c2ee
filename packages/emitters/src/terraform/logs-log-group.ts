import { CloudwatchLogGroup } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const logGroupTerraform: TerraformMapping<"aws.logs.log_group"> = {
  kind: "aws.logs.log_group",
  type: CloudwatchLogGroup.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(CloudwatchLogGroup.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, CloudwatchLogGroup, {
      name: node.props.name,
      retentionInDays: node.props.retentionInDays,
      kmsKeyId: ctx.optional(node.props.kmsKeyId, node),
      tags: ctx.tags(node),
    });
  },
};
