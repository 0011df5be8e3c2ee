import { keepInProduction } from "./deletion-policy.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const kinesisStreamCloudFormation: CloudFormationMapping<"aws.kinesis.stream"> = {
  kind: "aws.kinesis.stream",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::Kinesis::Stream"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(
      node,
      "AWS::Kinesis::Stream",
      {
        Name: p.name,
        StreamModeDetails: { StreamMode: p.mode },
        ShardCount: p.mode === "PROVISIONED" ? p.shardCount : undefined,
        RetentionPeriodHours: p.retentionHours,
        StreamEncryption:
          p.encryption.type === "KMS"
            ? {
                EncryptionType: "KMS",
                KeyId: ctx.optional(p.encryption.kmsKeyId, node) ?? "alias/aws/kinesis",
              }
            : undefined,
        Tags: ctx.tags(node),
      },
      { retain: keepInProduction(ctx.graph) },
    );
  },
};
