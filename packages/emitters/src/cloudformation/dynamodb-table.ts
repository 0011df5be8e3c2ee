import { single, type CloudFormationMapping } from "./mapping.js";

export const dynamoTableCloudFormation: CloudFormationMapping<"aws.dynamodb.table"> = {
  kind: "aws.dynamodb.table",
  attrs: { id: "Ref", arn: "Arn", name: "Ref", streamArn: "StreamArn" },
  // A table with replicas is a global table, one resource spanning the regions.
  resources: (node) =>
    single(
      node.props.replicaRegions.length > 0 ? "AWS::DynamoDB::GlobalTable" : "AWS::DynamoDB::Table",
    )(),
  emit(node, ctx) {
    const p = node.props;
    const keySchema = [
      { AttributeName: p.hashKey, KeyType: "HASH" },
      ...(p.rangeKey ? [{ AttributeName: p.rangeKey, KeyType: "RANGE" }] : []),
    ];
    const attributes = p.attributes.map((a) => ({ AttributeName: a.name, AttributeType: a.type }));
    const kms = p.serverSideEncryption.kmsKeyArn;
    const retain = p.deletionProtection ? "Retain" : "Delete";
    if (p.replicaRegions.length === 0) {
      ctx.add(
        node,
        "AWS::DynamoDB::Table",
        {
          TableName: p.name,
          BillingMode: p.billingMode,
          ProvisionedThroughput:
            p.billingMode === "PROVISIONED"
              ? { ReadCapacityUnits: p.readCapacity, WriteCapacityUnits: p.writeCapacity }
              : undefined,
          KeySchema: keySchema,
          AttributeDefinitions: attributes,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: p.pointInTimeRecovery },
          SSESpecification: {
            SSEEnabled: p.serverSideEncryption.enabled,
            ...(kms ? { SSEType: "KMS", KMSMasterKeyId: ctx.value(kms, node) } : {}),
          },
          DeletionProtectionEnabled: p.deletionProtection,
          StreamSpecification: p.streamEnabled
            ? { StreamViewType: "NEW_AND_OLD_IMAGES" }
            : undefined,
          Tags: ctx.tags(node),
        },
        { retain },
      );
      return;
    }
    // With a customer key, each replica names a key in its own region: the graph's key
    // at home, the AWS-managed DynamoDB key elsewhere (the graph has no per-region keys).
    const replica = (region: unknown, home: boolean) => ({
      Region: region,
      ...(kms
        ? {
            SSESpecification: {
              KMSMasterKeyId: home ? ctx.value(kms, node) : "alias/aws/dynamodb",
            },
          }
        : {}),
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: p.pointInTimeRecovery },
      DeletionProtectionEnabled: p.deletionProtection,
      Tags: ctx.tags(node),
    });
    ctx.add(
      node,
      "AWS::DynamoDB::GlobalTable",
      {
        TableName: p.name,
        BillingMode: p.billingMode,
        KeySchema: keySchema,
        AttributeDefinitions: attributes,
        StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
        SSESpecification: {
          SSEEnabled: p.serverSideEncryption.enabled,
          ...(kms ? { SSEType: "KMS" } : {}),
        },
        Replicas: [
          replica({ Ref: "AWS::Region" }, true),
          ...p.replicaRegions.map((region) => replica(region, false)),
        ],
      },
      { retain },
    );
  },
};
