/**
 * Honest coverage: a framework's report counts the controls IDIO's rules check, and lists the
 * account- and organisation-level controls no rule can see with what would check them.
 */
import { COMPLIANCE_FRAMEWORKS } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { ACCOUNT_CONTROLS } from "./account-controls.js";
import { frameworkCoverage, notChecked } from "./coverage.js";
import { coverageLines } from "./format-text.js";
import { builtinRules } from "./rules.js";
import type { FrameworkCoverage } from "./types.js";

describe("framework coverage", () => {
  it("lists what IDIO does not check for every framework, with what would", () => {
    for (const framework of COMPLIANCE_FRAMEWORKS) {
      const [coverage] = frameworkCoverage([framework], builtinRules(), [], []);
      expect(coverage?.notChecked.length, framework).toBeGreaterThan(3);
      expect(coverage?.notChecked, framework).toEqual(notChecked(framework));
    }
    const pci = notChecked("pci-dss");
    expect(pci.map((entry) => entry.control)).toEqual([
      "1.2.1",
      "1.2.7",
      "1.3.2",
      "1.4.4",
      "2.2.1",
      "6.3.3",
      "7.2.1",
      "8.3.6",
      "8.4.2",
      "10.2.1",
      "10.3.2",
      "10.4.1",
      "10.4.1.1",
      "10.7.2",
      "11.3.1",
      "11.5.1",
    ]);
    expect(pci.find((entry) => entry.control === "11.5.1")?.checkedBy).toMatch(/GuardDuty/);
    expect(pci.find((entry) => entry.control === "10.2.1")?.topic).toMatch(
      /web application firewall/,
    );
    expect(pci.find((entry) => entry.control === "1.3.2")?.checkedBy).toMatch(/VPC endpoints/);
  });

  it("names the account services the issue asks for, each with its AWS page", () => {
    const services = ACCOUNT_CONTROLS.map((entry) => entry.checkedBy).join(" ");
    for (const service of [
      "GuardDuty",
      "AWS Config",
      "Security Hub",
      "AWS WAF logging",
      "VPC endpoints",
      "service control policies",
    ])
      expect(services).toContain(service);
    for (const entry of ACCOUNT_CONTROLS)
      expect(entry.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });

  it("says what a passing report is and is not", () => {
    const coverage: FrameworkCoverage = {
      framework: "soc2",
      controls: [
        { control: "CC6.1", rules: ["IDIO-S3-001"], status: "pass" },
        { control: "CC6.6", rules: ["IDIO-SG-001", "IDIO-SG-002"], status: "fail" },
      ],
      passing: 1,
      failing: 1,
      waived: 0,
      notChecked: [
        {
          control: "CC7.2",
          topic: "Threat detection",
          checkedBy: "Amazon GuardDuty",
          docs: "https://x",
        },
        { control: "CC6.6", topic: "Egress", checkedBy: "VPC endpoints", docs: "https://y" },
      ],
    };
    expect(coverageLines(coverage)).toEqual([
      "SOC 2 (2017 Trust Services Criteria): the plan passes 1 of the 2 controls IDIO's rules check, 1 fail. This is not an assessment of the framework.",
      "  failing: CC6.6 (IDIO-SG-001, IDIO-SG-002)",
      "  Not checked by IDIO (2 account- and organisation-level controls), and what would check them:",
      "    CC7.2  Threat detection: Amazon GuardDuty",
      "    CC6.6  Egress: VPC endpoints",
    ]);
    // A report saved before the list existed still renders.
    const { notChecked: _, ...old } = coverage;
    expect(coverageLines(old as FrameworkCoverage)).toHaveLength(2);
  });
});
