import { SnsTopic, SnsTopicPolicy } from "./provider-bindings.js";
import { resourceName } from "./context.js";
import type { TerraformMapping } from "./mapping.js";

export const snsTopicTerraform: TerraformMapping<"aws.sns.topic"> = {
  kind: "aws.sns.topic",
  type: SnsTopic.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  // The topic policy is its own resource: it names the topic's ARN, which the topic cannot.
  resources: (node) => [
    { type: SnsTopic.tfResourceType },
    ...(node.props.publishers?.length ? [{ type: SnsTopicPolicy.tfResourceType }] : []),
  ],
  emit(node, ctx) {
    ctx.create(node, SnsTopic, {
      name: node.props.name,
      kmsMasterKeyId: ctx.optional(node.props.kmsMasterKeyId, node),
      tags: ctx.tags(node),
    });
    const publishers = node.props.publishers ?? [];
    if (publishers.length === 0) return;
    const arn = `\${${SnsTopic.tfResourceType}.${resourceName(node.id)}.arn}`;
    ctx.create(node, SnsTopicPolicy, {
      arn,
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "ServicesPublish",
            Effect: "Allow",
            Principal: { Service: [...publishers] },
            Action: "sns:Publish",
            Resource: arn,
            Condition: { StringEquals: { "aws:SourceAccount": ctx.accountId() } },
          },
        ],
      }),
    });
  },
};
