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
