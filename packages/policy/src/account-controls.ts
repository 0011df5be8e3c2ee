import type { Controls } from "./types.js";

/**
 * Controls of the frameworks that IDIO's rules cannot check, because they concern the AWS account
 * or organisation rather than the resources one intent creates, and the service that does check
 * them. The framework coverage report and docs/rules.md list these beside the controls the rules
 * map, so "every mapped control passes" is never read as "compliant".
 */
export interface AccountControl {
  /** What the controls ask for, in a few words. */
  readonly topic: string;
  /** The AWS service or organisation setting that checks or provides it. */
  readonly checkedBy: string;
  readonly docs: string;
  readonly controls: Controls;
}

export const ACCOUNT_CONTROLS: readonly AccountControl[] = [
  {
    topic: "Threat detection on accounts, workloads and data",
    checkedBy:
      "Amazon GuardDuty, enabled in every region (delegated administrator in AWS Organizations)",
    docs: "https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html",
    controls: {
      "pci-dss": ["10.4.1.1", "11.5.1"],
      hipaa: ["164.308(a)(1)(ii)(D)", "164.308(a)(5)(ii)(B)", "164.308(a)(6)(ii)"],
      soc2: ["CC7.2"],
      "nist-800-53": ["SI-4", "IR-4"],
      gdpr: ["Art. 33"],
    },
  },
  {
    topic: "Configuration recording and drift from the approved baseline",
    checkedBy: "AWS Config recorder in every region, with a conformance pack for the framework",
    docs: "https://docs.aws.amazon.com/config/latest/developerguide/WhatIsConfig.html",
    controls: {
      "cis-aws": ["3.3"],
      "pci-dss": ["1.2.7", "2.2.1"],
      hipaa: ["164.308(a)(8)"],
      soc2: ["CC7.1", "CC8.1"],
      "nist-800-53": ["CM-2", "CM-3", "CM-8"],
      gdpr: ["Art. 32(1)(d)"],
    },
  },
  {
    topic: "Continuous evaluation of security findings across the account",
    checkedBy: "AWS Security Hub with the framework's standard (CIS, PCI DSS, NIST SP 800-53)",
    docs: "https://docs.aws.amazon.com/securityhub/latest/userguide/what-is-securityhub.html",
    controls: {
      "cis-aws": ["4.16"],
      "pci-dss": ["10.4.1", "10.7.2"],
      hipaa: ["164.308(a)(1)(ii)(D)"],
      soc2: ["CC7.3", "CC4.1"],
      "nist-800-53": ["CA-7", "AU-6"],
      gdpr: ["Art. 32(1)(d)"],
    },
  },
  {
    topic: "Vulnerability scanning of images, functions and instances",
    checkedBy: "Amazon Inspector (ECR images, Lambda functions, EC2 instances)",
    docs: "https://docs.aws.amazon.com/inspector/latest/user/what-is-inspector.html",
    controls: {
      "pci-dss": ["6.3.3", "11.3.1"],
      hipaa: ["164.308(a)(1)(ii)(A)"],
      soc2: ["CC7.1"],
      "nist-800-53": ["RA-5", "SI-2"],
    },
  },
  {
    topic: "Logging of requests the web application firewall inspects",
    checkedBy:
      "AWS WAF logging configuration on each web ACL (to CloudWatch Logs, S3 or Firehose); AWS Config rule wafv2-logging-enabled",
    docs: "https://docs.aws.amazon.com/waf/latest/developerguide/logging.html",
    controls: {
      "pci-dss": ["10.2.1"],
      hipaa: ["164.312(b)"],
      soc2: ["CC7.2"],
      "nist-800-53": ["AU-12"],
    },
  },
  {
    topic: "Outbound traffic restricted to what the application needs",
    checkedBy:
      "VPC endpoints for every AWS service the tiers call, and AWS Network Firewall (or a proxy) with an allow list on the NAT path",
    docs: "https://docs.aws.amazon.com/network-firewall/latest/developerguide/what-is-aws-network-firewall.html",
    controls: {
      "pci-dss": ["1.3.2", "1.4.4"],
      hipaa: ["164.312(e)(1)"],
      soc2: ["CC6.6"],
      "nist-800-53": ["SC-7(5)", "SC-7(7)"],
    },
  },
  {
    topic: "Account root user, password policy, MFA and unused access",
    checkedBy: "IAM account settings and IAM Access Analyzer; AWS IAM Identity Center for people",
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html",
    controls: {
      "cis-aws": ["1.4", "1.5", "1.8", "1.10", "1.20"],
      "pci-dss": ["8.4.2", "8.3.6"],
      hipaa: ["164.308(a)(4)", "164.312(d)"],
      soc2: ["CC6.2", "CC6.3"],
      "nist-800-53": ["AC-2", "IA-2(1)"],
    },
  },
  {
    topic:
      "Guardrails no account member can turn off (CloudTrail, regions, leaving the organisation)",
    checkedBy: "AWS Organizations service control policies",
    docs: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
    controls: {
      "cis-aws": ["3.1"],
      "pci-dss": ["7.2.1", "10.3.2"],
      hipaa: ["164.308(a)(3)(ii)(A)"],
      soc2: ["CC6.1"],
      "nist-800-53": ["AC-6(10)", "AU-9"],
      gdpr: ["Art. 44"],
    },
  },
  {
    topic: "The VPC's default security group allows no traffic",
    checkedBy:
      "AWS Config rule vpc-default-security-group-closed (the default group is not in the plan)",
    docs: "https://docs.aws.amazon.com/config/latest/developerguide/vpc-default-security-group-closed.html",
    controls: {
      "cis-aws": ["5.4"],
      "pci-dss": ["1.2.1"],
      "nist-800-53": ["SC-7"],
    },
  },
];
