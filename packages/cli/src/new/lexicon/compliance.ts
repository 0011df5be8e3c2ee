import { phraseTable, type Recogniser } from "./recogniser.js";

/** Compliance frameworks by their usual names ("PCI", "PCI-compliant", "SOC 2", "NIST 800-53"). */
export const COMPLIANCE_RECOGNISERS: readonly Recogniser[] = phraseTable("compliance", [
  [
    ["pci-dss", "pci dss", "pci", "pci-compliant", "pci compliant", "pci compliance"],
    { kind: "compliance", framework: "pci-dss" },
  ],
  [
    ["hipaa", "hipaa-compliant", "hipaa compliant", "hipaa compliance"],
    { kind: "compliance", framework: "hipaa" },
  ],
  [
    ["soc2", "soc 2", "soc-2", "soc ii", "soc 2 type ii", "soc 2 type 2", "soc2-compliant"],
    { kind: "compliance", framework: "soc2" },
  ],
  [
    ["gdpr", "gdpr-compliant", "gdpr compliant", "gdpr compliance"],
    { kind: "compliance", framework: "gdpr" },
  ],
  [
    ["cis", "cis benchmark", "cis aws", "cis-aws", "cis aws foundations"],
    { kind: "compliance", framework: "cis-aws" },
  ],
  [
    ["nist 800-53", "nist-800-53", "nist sp 800-53", "nist", "fedramp"],
    { kind: "compliance", framework: "nist-800-53" },
  ],
]);
