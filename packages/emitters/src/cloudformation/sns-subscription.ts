import { single, type CloudFormationMapping } from "./mapping.js";

export const snsSubscriptionCloudFormation: CloudFormationMapping<"aws.sns.subscription"> = {
  kind: "aws.sns.subscription",
  attrs: { id: "Ref", arn: "Ref" },
  resources: single("AWS::SNS::Subscription"),
  emit(node, ctx) {
    ctx.add(node, "AWS::SNS::Subscription", {
      TopicArn: ctx.value(node.props.topicArn, node),
      Protocol: node.props.protocol,
      Endpoint: node.props.endpoint,
    });
  },
};
