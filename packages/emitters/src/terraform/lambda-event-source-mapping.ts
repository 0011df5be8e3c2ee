import { LambdaEventSourceMapping } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const eventSourceMappingTerraform: TerraformMapping<"aws.lambda.event_source_mapping"> = {
  kind: "aws.lambda.event_source_mapping",
  type: LambdaEventSourceMapping.tfResourceType,
  attrs: { id: "id", uuid: "uuid" },
  resources: single(LambdaEventSourceMapping.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, LambdaEventSourceMapping, {
      functionName: ctx.value(p.functionName, node),
      eventSourceArn: ctx.value(p.eventSourceArn, node),
      batchSize: p.batchSize,
      startingPosition: p.startingPosition,
      maximumBatchingWindowInSeconds: p.maximumBatchingWindowSeconds,
      scalingConfig:
        p.maximumConcurrency !== undefined
          ? { maximumConcurrency: p.maximumConcurrency }
          : undefined,
      tags: ctx.tags(node),
    });
  },
};
