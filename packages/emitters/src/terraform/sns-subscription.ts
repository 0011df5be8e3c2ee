import { SnsTopicSubscription } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const snsSubscriptionTerraform: TerraformMapping<"aws.sns.subscription"> = {
  kind: "aws.sns.subscription",
  type: SnsTopicSubscription.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(SnsTopicSubscription.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, SnsTopicSubscription, {
      topicArn: ctx.value(node.props.topicArn, node),
      protocol: node.props.protocol,
      endpoint: node.props.endpoint,
    });
  },
};
