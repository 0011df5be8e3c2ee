import type { ComplianceFramework } from "@idio-iac/intent-schema";

/** Display names of the frameworks rules map to, with the version the control ids refer to. */
export const FRAMEWORK_NAMES: Readonly<Record<ComplianceFramework, string>> = {
  "cis-aws": "CIS AWS Foundations Benchmark v3.0.0",
  "pci-dss": "PCI DSS v4.0",
  hipaa: "HIPAA Security Rule (45 CFR 164)",
  soc2: "SOC 2 (2017 Trust Services Criteria)",
  "nist-800-53": "NIST SP 800-53 Rev. 5",
  gdpr: "GDPR",
};

export const FRAMEWORK_ORDER: readonly ComplianceFramework[] = [
  "cis-aws",
  "pci-dss",
  "hipaa",
  "soc2",
  "nist-800-53",
  "gdpr",
];
