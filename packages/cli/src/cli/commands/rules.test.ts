import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

async function rules(args: string[]) {
  const run = memoryIo({ cwd: ROOT });
  const code = await runCli(["rules", ...args], run.io);
  return { code, stdout: run.stdout, stderr: run.stderr };
}

describe("idio rules", () => {
  it("lists every rule with severity, fixability and scope", async () => {
    const result = await rules(["list"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^RULE\s+SEVERITY\s+FIX\s+APPLIES\s+TITLE/);
    expect(result.stdout).toMatch(
      /IDIO-S3-001\s+high\s+yes\s+always\s+S3 buckets block all public access/,
    );
    expect(result.stdout).toMatch(/IDIO-CT-001\s+high\s+no\s+cis-aws,pci-dss/);
    expect(Number(/(\d+) rules\n$/.exec(result.stdout)?.[1])).toBeGreaterThanOrEqual(40);
  });

  it("filters by framework and includes user bundles, as JSON", async () => {
    const result = await rules([
      "list",
      "--framework",
      "gdpr",
      "--format",
      "json",
      "--policy-bundle",
      "examples/custom-policy/bundle.tar.gz",
    ]);
    const list = JSON.parse(result.stdout) as { id: string; controls: Record<string, string[]> }[];
    expect(list.every((rule) => rule.controls.gdpr?.length)).toBe(true);
    expect(list.map((rule) => rule.id)).toContain("ACME-TAG-001");
  });

  it("reports a --policy-bundle that is not a bundle like every other command (located, exit 2)", async () => {
    // The README is a regular file but no bundle: the shared loader refuses it with IDIO518.
    for (const command of [["list"], ["show", "IDIO-S3-001"]]) {
      const result = await rules([...command, "--policy-bundle", "README.md"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^README\.md error IDIO518 policy bundle: /);
      expect(result.stderr).toContain("hint: ");
    }
    const missing = await rules(["list", "--policy-bundle", "nope.tar.gz"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /^nope\.tar\.gz error IDIO510 policy bundle: cannot be read \(ENOENT\)/,
    );
  });

  it("lists after a framework's rules the controls IDIO does not check, and what would", async () => {
    const result = await rules(["list", "--framework", "pci-dss"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "\nNot checked by IDIO for PCI DSS v4.0 (account and organisation level), and what would check it:\n",
    );
    expect(result.stdout).toContain(
      "\n  1.3.2     Outbound traffic restricted to what the application needs: VPC endpoints for every AWS service the tiers call, and AWS Network Firewall (or a proxy) with an allow list on the NAT path\n",
    );
    expect(result.stdout).toContain(
      "\n  10.2.1    Logging of requests the web application firewall inspects: AWS WAF logging",
    );
    const all = await rules(["list"]);
    expect(all.stdout).not.toContain("Not checked by IDIO");
  });

  it("shows a deployability rule's level and AWS documentation", async () => {
    const result = await rules(["show", "IDIO-DEPLOY-010"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "- Deployability: error — an open finding stops the plan (IDIO524)\n- AWS documentation: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html#rds-secrets-manager-limitations\n",
    );
    const quota = await rules(["show", "IDIO-DEPLOY-003"]);
    expect(quota.stdout).toContain(
      "- Deployability: warning — a default quota; the message names the Service Quotas entry to raise\n",
    );
  });

  it("shows one rule's documentation", async () => {
    const result = await rules(["show", "idio-rds-002"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## IDIO-RDS-002\n\nDatabases are not publicly accessible/);
    expect(result.stdout).toMatch(/\| cis-aws \| 2\.3\.3 \|/);
    expect(result.stdout).toMatch(/Why: /);
  });

  it("points at the rules of the same area for an unknown id (exit 2)", async () => {
    const result = await rules(["show", "IDIO-S3-999"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no rule IDIO-S3-999\. Rules in IDIO-S3: IDIO-S3-001, /);
  });
});
