/**
 * Default AWS service quotas a plan can exceed. Unlike AWS_LIMITS these are
 * adjustable: an account may have more (raised on request) or less (new
 * accounts start some quotas lower), so the policy engine warns rather than
 * refuses, and names the Service Quotas entry to raise. `docs` is the AWS page
 * that states the default.
 */
export interface ServiceQuota {
  /** Service Quotas service code (`aws service-quotas get-service-quota --service-code`). */
  readonly serviceCode: string;
  /** Service Quotas quota code, e.g. `L-B99A9384`. */
  readonly quotaCode: string;
  /** The quota's name as the Service Quotas console shows it. */
  readonly name: string;
  /** The documented default value for an account in a region. */
  readonly value: number;
  readonly docs: string;
}

export const AWS_DEFAULT_QUOTAS = {
  /** Concurrent Lambda executions per region (new accounts may start lower). */
  lambdaConcurrentExecutions: {
    serviceCode: "lambda",
    quotaCode: "L-B99A9384",
    name: "Concurrent executions",
    value: 1000,
    docs: "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
  },
  /** vCPUs of Fargate On-Demand tasks running at once in a region. */
  fargateOnDemandVcpu: {
    serviceCode: "fargate",
    quotaCode: "L-3032A538",
    name: "Fargate On-Demand vCPU resource count",
    value: 6,
    docs: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-quotas.html",
  },
  /** Elastic IP addresses per region (NAT gateways use one each). */
  elasticIps: {
    serviceCode: "ec2",
    quotaCode: "L-0263D0A3",
    name: "EC2-VPC Elastic IPs",
    value: 5,
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
  },
  /** VPCs per region, the default VPC included. */
  vpcs: {
    serviceCode: "vpc",
    quotaCode: "L-F678F1CE",
    name: "VPCs per Region",
    value: 5,
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
  },
  /** Inbound rules, and separately outbound rules, per security group. */
  securityGroupRules: {
    serviceCode: "vpc",
    quotaCode: "L-0EA8095F",
    name: "Inbound or outbound rules per security group",
    value: 60,
    docs: "https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html",
  },
  /** AWS or customer managed policies attached to one role. */
  iamManagedPoliciesPerRole: {
    serviceCode: "iam",
    quotaCode: "L-0DA4ABF3",
    name: "Managed policies per role",
    value: 10,
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html",
  },
} as const satisfies Record<string, ServiceQuota>;
