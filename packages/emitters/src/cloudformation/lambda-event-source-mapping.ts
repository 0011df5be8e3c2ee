import { single, type CloudFormationMapping } from "./mapping.js";

export const eventSourceMappingCloudFormation: CloudFormationMapping<"aws.lambda.event_source_mapping"> =
  {
    kind: "aws.lambda.event_source_mapping",
    attrs: { id: "Ref", uuid: "Ref" },
    resources: single("AWS::Lambda::EventSourceMapping"),
    emit(node, ctx) {
      const p = node.props;
      ctx.add(node, "AWS::Lambda::EventSourceMapping", {
        FunctionName: ctx.value(p.functionName, node),
        EventSourceArn: ctx.value(p.eventSourceArn, node),
        BatchSize: p.batchSize,
        StartingPosition: p.startingPosition,
        MaximumBatchingWindowInSeconds: p.maximumBatchingWindowSeconds,
        ScalingConfig:
          p.maximumConcurrency !== undefined
            ? { MaximumConcurrency: p.maximumConcurrency }
            : undefined,
      });
    },
  };
