import { KinesisStream } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const kinesisStreamTerraform: TerraformMapping<"aws.kinesis.stream"> = {
  kind: "aws.kinesis.stream",
  type: KinesisStream.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  resources: single(KinesisStream.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, KinesisStream, {
      name: p.name,
      streamModeDetails: { streamMode: p.mode },
      shardCount: p.mode === "PROVISIONED" ? p.shardCount : undefined,
      retentionPeriod: p.retentionHours,
      encryptionType: p.encryption.type,
      kmsKeyId: ctx.optional(p.encryption.kmsKeyId, node),
      tags: ctx.tags(node),
    });
  },
};
