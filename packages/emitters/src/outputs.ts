import { join, ref, type GraphNode, type Join, type Kind, type Ref } from "@idio-iac/graph";
import { logicalId, terraformName } from "./names.js";

/** An output worth printing after apply: which attribute of which kind, and what it is. */
export interface OutputSpec {
  readonly attr: string;
  readonly description: string;
  /** The value when it is not the plain attribute; undefined leaves the output out for this node. */
  readonly value?: (node: GraphNode) => Ref | Join | undefined;
}

/** The graph value an output prints for `node`, or undefined when the spec skips it. */
export function outputValue(spec: OutputSpec, node: GraphNode): Ref | Join | undefined {
  return spec.value !== undefined ? spec.value(node) : ref(node.id, spec.attr);
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
    // Without a name of its own (no domain), a distribution's URL is on CloudFront's name.
    {
      attr: "url",
      description: "Public URL",
      value: (node) =>
        (node as GraphNode<"aws.cloudfront.distribution">).props.aliases.length === 0
          ? join("https://", ref(node.id, "domainName"))
          : undefined,
    },
  ],
  "aws.apigatewayv2.stage": [{ attr: "invokeUrl", description: "HTTP API URL" }],
  "aws.rds.instance": [
    { attr: "endpoint", description: "Database host name" },
    {
      attr: "masterUserSecretArn",
      description: "Secret holding the master credentials (administrators only)",
      // Only RDS-managed passwords have this secret; replicas and generated passwords do not.
      value: (node) =>
        (node as GraphNode<"aws.rds.instance">).props.manageMasterUserPassword
          ? ref(node.id, "masterUserSecretArn")
          : undefined,
    },
  ],
  "aws.secretsmanager.secret": [
    {
      attr: "arn",
      description: "Secret holding the database master credentials (administrators only)",
    },
  ],
  "aws.rds.cluster": [
    { attr: "endpoint", description: "Aurora writer endpoint" },
    { attr: "readerEndpoint", description: "Aurora reader endpoint" },
    {
      attr: "masterUserSecretArn",
      description: "Secret holding the master credentials (administrators only)",
      value: (node) =>
        (node as GraphNode<"aws.rds.cluster">).props.manageMasterUserPassword
          ? ref(node.id, "masterUserSecretArn")
          : undefined,
    },
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
  "aws.route53.zone": [
    {
      attr: "nameServers",
      description: "Name servers to delegate the domain to (at its registrar)",
      // A private zone is never delegated to: it answers inside its VPC only.
      value: (node) =>
        (node as GraphNode<"aws.route53.zone">).props.vpc === undefined
          ? ref(node.id, "nameServers")
          : undefined,
    },
  ],
  // The URL of every public tier that has a record: its A record's name.
  "aws.route53.record": [
    {
      attr: "url",
      description: "Public URL",
      value: (node) => {
        const url = (node as GraphNode<"aws.route53.record">).props.url;
        return url === undefined
          ? undefined
          : join(`${url.split("://")[0]}://`, ref(node.id, "fqdn"));
      },
    },
  ],
  // DNS hosted elsewhere: the CNAME to add before the validation (and the apply) can finish.
  "aws.acm.certificate_validation": [
    {
      attr: "records",
      description: "DNS validation record(s) to add at your DNS provider",
      value: (node) => {
        const p = (node as GraphNode<"aws.acm.certificate_validation">).props;
        return p.zoneId === undefined ? ref(p.certificateArn.ref, "validationRecords") : undefined;
      },
    },
  ],
  "aws.acm.certificate": [{ attr: "arn", description: "Certificate ARN" }],
};

/**
 * The names node `nodeId`'s output `attr` gets: the Terraform output
 * (`edge_dns_zone_name_servers`) and the CloudFormation stack output
 * (`EdgeDnsZoneNameServers`), for documents that point readers at them.
 */
export function outputNames(
  nodeId: string,
  attr: string,
): { readonly terraform: string; readonly cloudFormation: string } {
  return {
    terraform: `${terraformName(nodeId)}_${attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
    cloudFormation: `${logicalId(nodeId)}${logicalId(attr)}`,
  };
}
