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
    // With a customer key, each replica names the key of its own region (a KMS key never
    // leaves its region): https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-globaltable-replicassespecification.html
    const replicaKey = (region: string | undefined) => {
      if (region === undefined) return ctx.value(kms!, node);
      const key = p.replicaKmsKeyArns?.[region];
      if (key === undefined) throw new Error(`${node.id}: no key for the replica in ${region}`);
      return ctx.value(key, node);
    };
    const replica = (region: unknown, home: string | undefined) => ({
      Region: region,
      ...(kms ? { SSESpecification: { KMSMasterKeyId: replicaKey(home) } } : {}),
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
          replica({ Ref: "AWS::Region" }, undefined),
          // A replica whose key lives in a stack deployed later joins on the second deploy.
          ...p.replicaRegions.map((region) => ctx.guard(() => replica(region, region))),
        ],
      },
      { retain },
    );
  },
};
