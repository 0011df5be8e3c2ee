/**
 * AWS service quotas that are hard limits (not raisable on request) and that
 * IDIO designs around. Each cites the service's documentation section.
 */
export const AWS_LIMITS = {
  lambda: {
    /** "Lambda quotas": function memory, 128 MB to 10,240 MB. */
    maxMemoryMb: 10_240,
    minMemoryMb: 128,
    /** 10,240 MB buys at most 6 vCPUs. */
    maxVcpu: 6,
    /** Function timeout: 900 seconds (15 minutes). */
    maxTimeoutSeconds: 900,
    /** Reserved concurrency must leave at least 100 executions unreserved in the account. */
    minUnreservedConcurrency: 100,
  },
  iam: {
    /** "IAM and AWS STS quotas": a role's inline policies together, in characters (whitespace not counted). */
    maxRoleInlinePolicyChars: 10_240,
    /** One customer managed policy, in characters. */
    maxManagedPolicyChars: 6_144,
  },
  cloudFormation: {
    /** "CloudFormation quotas": resources declared in one stack. */
    maxResourcesPerStack: 500,
    /** A template passed in the request body (TemplateBody); larger ones must come from S3. */
    maxTemplateBodyBytes: 51_200,
    /** A template read from an S3 object (TemplateURL). */
    maxTemplateS3Bytes: 1_000_000,
  },
  /**
   * Name and identifier lengths, in characters, from each service's API
   * reference (CreateLoadBalancer, CreateTargetGroup, CreateReplicationGroup,
   * CreateDBInstance/CreateDBCluster, CreateRole, CreateFunction, CreateQueue,
   * CreateLogGroup, CreateTable, CreateTopic, CreateStream).
   */
  names: {
    loadBalancer: 32,
    targetGroup: 32,
    elastiCacheReplicationGroupId: 40,
    rdsIdentifier: 63,
    iamRoleName: 64,
    iamInstanceProfileName: 128,
    lambdaFunctionName: 64,
    sqsQueueName: 80,
    snsTopicName: 256,
    logGroupName: 512,
    dynamoDbTableName: 255,
    kinesisStreamName: 128,
    ecsName: 255,
    securityGroupName: 255,
    kmsAliasName: 256,
    cloudWatchAlarmName: 255,
    /** Terraform's `bucket_prefix` appends 26 characters: a prefix may hold 63 - 26. */
    s3BucketPrefix: 37,
  },
  cloudWatch: {
    /** Widgets on one dashboard. */
    maxDashboardWidgets: 500,
  },
  tags: {
    /** Tags per resource (EC2, RDS, S3 and most services). */
    maxPerResource: 50,
    maxKeyLength: 128,
    maxValueLength: 256,
  },
  s3: {
    /** Bucket names are 3 to 63 characters. */
    minBucketNameLength: 3,
    maxBucketNameLength: 63,
  },
  dynamoDb: {
    /** Table names are 3 to 255 characters. */
    minTableNameLength: 3,
    maxTableNameLength: 255,
  },
} as const;
