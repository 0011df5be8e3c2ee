import { DynamodbTable } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dynamoTableTerraform: TerraformMapping<"aws.dynamodb.table"> = {
  kind: "aws.dynamodb.table",
  type: DynamodbTable.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name", streamArn: "stream_arn" },
  resources: single(DynamodbTable.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    // Global-table replicas need a stream of new and old images.
    const stream = p.streamEnabled || p.replicaRegions.length > 0;
    ctx.create(node, DynamodbTable, {
      name: p.name,
      billingMode: p.billingMode,
      readCapacity: p.billingMode === "PROVISIONED" ? p.readCapacity : undefined,
      writeCapacity: p.billingMode === "PROVISIONED" ? p.writeCapacity : undefined,
      hashKey: p.hashKey,
      rangeKey: p.rangeKey,
      attribute: p.attributes.map((attribute) => ({ ...attribute })),
      pointInTimeRecovery: { enabled: p.pointInTimeRecovery },
      serverSideEncryption: {
        enabled: p.serverSideEncryption.enabled,
        kmsKeyArn: ctx.optional(p.serverSideEncryption.kmsKeyArn, node),
      },
      deletionProtectionEnabled: p.deletionProtection,
      streamEnabled: stream,
      streamViewType: stream ? "NEW_AND_OLD_IMAGES" : undefined,
      // Each replica on its region's key:
      // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html
      replica: p.replicaRegions.map((regionName) => ({
        regionName,
        kmsKeyArn: ctx.optional(p.replicaKmsKeyArns?.[regionName], node),
      })),
      tags: ctx.tags(node),
    });
  },
};
