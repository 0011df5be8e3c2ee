/** The AWS service a price product bills under, for the by-service breakdown. */
const SERVICE_BY_PREFIX: readonly (readonly [string, string])[] = [
  ["fargate-", "AWS Fargate"],
  ["ec2-", "Amazon EC2"],
  ["ebs-", "Amazon EBS"],
  ["lambda-", "AWS Lambda"],
  ["apigw-", "Amazon API Gateway"],
  ["nat-gateway-", "Amazon VPC"],
  ["public-ipv4-", "Amazon VPC"],
  ["vpc-", "Amazon VPC"],
  ["alb-", "Elastic Load Balancing"],
  ["data-transfer-", "Data transfer"],
  ["cloudfront-", "Amazon CloudFront"],
  ["route53-", "Amazon Route 53"],
  ["rds-", "Amazon RDS"],
  ["aurora-", "Amazon Aurora"],
  ["elasticache-", "Amazon ElastiCache"],
  ["dynamodb-", "Amazon DynamoDB"],
  ["s3-", "Amazon S3"],
  ["sqs-", "Amazon SQS"],
  ["kinesis-", "Amazon Kinesis Data Streams"],
  ["kms-", "AWS KMS"],
  ["secretsmanager-", "AWS Secrets Manager"],
  ["waf-", "AWS WAF"],
  ["shield-", "AWS Shield"],
  ["cloudwatch-", "Amazon CloudWatch"],
  ["sns-", "Amazon SNS"],
  ["backup-", "AWS Backup"],
];

export function serviceOf(product: string): string {
  return SERVICE_BY_PREFIX.find(([prefix]) => product.startsWith(prefix))?.[1] ?? "Other";
}
