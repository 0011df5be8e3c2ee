import type { CloudFormationMapping } from "./mapping.js";

export const snsTopicCloudFormation: CloudFormationMapping<"aws.sns.topic"> = {
  kind: "aws.sns.topic",
  attrs: { id: "Ref", arn: "Ref", name: "TopicName" },
  resources: (node) => [
    { type: "AWS::SNS::Topic" },
    ...(node.props.publishers?.length ? [{ type: "AWS::SNS::TopicPolicy", suffix: "policy" }] : []),
  ],
  emit(node, ctx) {
    const topic = ctx.add(node, "AWS::SNS::Topic", {
      TopicName: node.props.name,
      KmsMasterKeyId: ctx.optional(node.props.kmsMasterKeyId, node),
      Tags: ctx.tags(node),
    });
    const publishers = node.props.publishers ?? [];
    if (publishers.length === 0) return;
    ctx.add(
      node,
      "AWS::SNS::TopicPolicy",
      {
        Topics: [{ Ref: topic }],
        PolicyDocument: {
          Version: "2012-10-17",
          Statement: [
            {
              Sid: "ServicesPublish",
              Effect: "Allow",
              Principal: { Service: [...publishers] },
              Action: "sns:Publish",
              Resource: { Ref: topic },
              Condition: { StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } } },
            },
          ],
        },
      },
      { suffix: "policy" },
    );
  },
};
