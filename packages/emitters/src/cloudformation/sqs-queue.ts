import { keepInProduction } from "./deletion-policy.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const queueCloudFormation: CloudFormationMapping<"aws.sqs.queue"> = {
  kind: "aws.sqs.queue",
  attrs: { id: "Ref", arn: "Arn", url: "Ref", name: "QueueName" },
  resources: single("AWS::SQS::Queue"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(
      node,
      "AWS::SQS::Queue",
      {
        QueueName: p.name,
        FifoQueue: p.fifo || undefined,
        MessageRetentionPeriod: p.messageRetentionSeconds,
        VisibilityTimeout: p.visibilityTimeoutSeconds,
        KmsMasterKeyId: ctx.optional(p.kmsMasterKeyId, node),
        SqsManagedSseEnabled: p.kmsMasterKeyId ? undefined : p.sqsManagedSse,
        RedrivePolicy: p.redrive
          ? {
              deadLetterTargetArn: ctx.value(p.redrive.deadLetterTargetArn, node),
              maxReceiveCount: p.redrive.maxReceiveCount,
            }
          : undefined,
        Tags: ctx.tags(node),
      },
      { retain: keepInProduction(ctx.graph) },
    );
  },
};
