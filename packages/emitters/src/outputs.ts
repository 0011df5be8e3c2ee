import type { Kind } from "@idio-iac/graph";

/** An output worth printing after apply: which attribute of which kind, and what it is. */
export interface OutputSpec {
  readonly attr: string;
  readonly description: string;
}

/**
 * What users look for after an apply: endpoints, names and ARNs they wire
 * into DNS, pipelines and applications. Both emitters read this table.
 */
export const OUTPUTS: Partial<Record<Kind, readonly OutputSpec[]>> = {
  "aws.ec2.vpc": [{ attr: "id", description: "VPC id" }],
  "aws.elbv2.load_balancer": [{ attr: "dnsName", description: "Load balancer DNS name" }],
  "aws.cloudfront.distribution": [
    { attr: "domainName", description: "CloudFront domain name" },
    { attr: "id", description: "CloudFront distribution id (for cache invalidations)" },
  ],
  "aws.apigatewayv2.stage": [{ attr: "invokeUrl", description: "HTTP API URL" }],
  "aws.rds.instance": [
    { attr: "endpoint", description: "Database host name" },
    { attr: "masterUserSecretArn", description: "Secret holding the master credentials" },
  ],
  "aws.rds.cluster": [
    { attr: "endpoint", description: "Aurora writer endpoint" },
    { attr: "readerEndpoint", description: "Aurora reader endpoint" },
  ],
  "aws.elasticache.replication_group": [
    { attr: "primaryEndpoint", description: "Cache primary endpoint" },
  ],
  "aws.dynamodb.table": [{ attr: "name", description: "DynamoDB table name" }],
  "aws.s3.bucket": [{ attr: "name", description: "Bucket name" }],
  "aws.sqs.queue": [{ attr: "url", description: "Queue URL" }],
  "aws.kinesis.stream": [{ attr: "name", description: "Stream name" }],
  "aws.ecs.cluster": [{ attr: "name", description: "ECS cluster name" }],
  "aws.ecs.service": [{ attr: "name", description: "ECS service name" }],
  "aws.lambda.function": [{ attr: "name", description: "Lambda function name" }],
  "aws.sns.topic": [{ attr: "arn", description: "Alarm topic ARN" }],
  "aws.acm.certificate": [
    { attr: "arn", description: "Certificate ARN (validate it by DNS before HTTPS works)" },
  ],
};
