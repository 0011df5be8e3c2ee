import { single, type CloudFormationMapping } from "./mapping.js";

export const snsTopicCloudFormation: CloudFormationMapping<"aws.sns.topic"> = {
  kind: "aws.sns.topic",
  attrs: { id: "Ref", arn: "Ref", name: "TopicName" },
  resources: single("AWS::SNS::Topic"),
  emit(node, ctx) {
    ctx.add(node, "AWS::SNS::Topic", {
      TopicName: node.props.name,
      KmsMasterKeyId: ctx.optional(node.props.kmsMasterKeyId, node),
      Tags: ctx.tags(node),
    });
  },
};
