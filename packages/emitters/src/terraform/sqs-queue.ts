import { SqsQueue } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const queueTerraform: TerraformMapping<"aws.sqs.queue"> = {
  kind: "aws.sqs.queue",
  type: SqsQueue.tfResourceType,
  attrs: { id: "id", arn: "arn", url: "url", name: "name" },
  resources: single(SqsQueue.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, SqsQueue, {
      name: p.name,
      fifoQueue: p.fifo || undefined,
      messageRetentionSeconds: p.messageRetentionSeconds,
      visibilityTimeoutSeconds: p.visibilityTimeoutSeconds,
      kmsMasterKeyId: ctx.optional(p.kmsMasterKeyId, node),
      sqsManagedSseEnabled: p.kmsMasterKeyId ? undefined : p.sqsManagedSse,
      redrivePolicy: p.redrive
        ? JSON.stringify({
            deadLetterTargetArn: ctx.value(p.redrive.deadLetterTargetArn, node),
            maxReceiveCount: p.redrive.maxReceiveCount,
          })
        : undefined,
      tags: ctx.tags(node),
    });
  },
};
