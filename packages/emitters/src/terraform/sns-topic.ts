import { SnsTopic } from "@cdktf/provider-aws/lib/sns-topic/index.js";
import { single, type TerraformMapping } from "./mapping.js";

export const snsTopicTerraform: TerraformMapping<"aws.sns.topic"> = {
  kind: "aws.sns.topic",
  type: SnsTopic.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(SnsTopic.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, SnsTopic, {
      name: node.props.name,
      kmsMasterKeyId: ctx.optional(node.props.kmsMasterKeyId, node),
      tags: ctx.tags(node),
    });
  },
};
