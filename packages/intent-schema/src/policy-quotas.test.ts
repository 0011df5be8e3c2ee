import { readFileSync } from "node:fs";
import { AWS_DEFAULT_QUOTAS } from "@idio-iac/core";
import { describe, expect, it } from "vitest";
import { parseIntent } from "./parse-intent.js";

/** An intent whose `policy:` block is `policyLines` (indented two spaces), starting on line 7. */
function parse(policyLines: string[]) {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: demo",
    "environment: development",
    "tiers:",
    "  - type: api",
    "policy:",
    ...policyLines.map((line) => `  ${line}`),
    "",
  ].join("\n");
  return parseIntent(text, "intent.yaml");
}

const located = (result: ReturnType<typeof parse>) =>
  result.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    path: d.path,
    line: d.line,
    column: d.column,
    message: d.message,
    hint: d.hint,
  }));

describe("policy.quotas", () => {
  it("accepts the account's applied values by IDIO's quota names and keeps them in the intent", () => {
    const result = parse(["quotas:", "  fargateOnDemandVcpu: 300", "  elasticIps: 10"]);
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.policy.quotas).toEqual({ fargateOnDemandVcpu: 300, elasticIps: 10 });
  });

  it("is absent when not written (the deploy rules then use AWS's defaults)", () => {
    const result = parse(["waivers: []"]);
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.policy).toEqual({ waivers: [] });
  });

  it("refuses an unknown quota name at its key, suggesting the nearest one", () => {
    expect(located(parse(["quotas:", "  fargateOnDemandVcpus: 300"]))).toEqual([
      {
        code: "IDIO200",
        severity: "error",
        path: "/policy/quotas/fargateOnDemandVcpus",
        line: 8,
        column: 5,
        message: 'Unknown property "fargateOnDemandVcpus" in policy.quotas.',
        hint: 'Did you mean "fargateOnDemandVcpu"?',
      },
    ]);
  });

  it("lists every quota name when nothing is near (a Service Quotas code is not a name)", () => {
    const [found] = located(parse(["quotas:", "  L-3032A538: 300"]));
    expect(found).toMatchObject({ code: "IDIO200", path: "/policy/quotas/L-3032A538", line: 8 });
    expect(found!.hint).toBe(
      "Allowed in policy.quotas: lambdaConcurrentExecutions, fargateOnDemandVcpu, elasticIps, vpcs, securityGroupRules, iamManagedPoliciesPerRole.",
    );
  });

  it("refuses a value that is not a positive integer, at the value", () => {
    const found = located(
      parse(["quotas:", "  fargateOnDemandVcpu: 0", "  vpcs: 2.5", "  elasticIps: many"]),
    );
    expect(found.map(({ code, path, line }) => ({ code, path, line }))).toEqual([
      { code: "IDIO204", path: "/policy/quotas/fargateOnDemandVcpu", line: 8 },
      { code: "IDIO202", path: "/policy/quotas/vpcs", line: 9 },
      { code: "IDIO202", path: "/policy/quotas/elasticIps", line: 10 },
    ]);
    expect(found[0]!.message).toBe("policy.quotas.fargateOnDemandVcpu must be at least 1, not 0.");
    expect(found[0]!.hint).toMatch(
      /^The account's applied Service Quotas value, where raised above AWS's default: "Fargate On-Demand vCPU resource count" \(Service Quotas: fargate L-3032A538; AWS default 6\)/,
    );
  });

  it("is documented in the README's Policy table, one row per quota", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    for (const [name, quota] of Object.entries(AWS_DEFAULT_QUOTAS)) {
      expect(readme, name).toContain(
        `| \`${name}\` | ${quota.name} | ${quota.serviceCode} ${quota.quotaCode} | ${quota.value} |`,
      );
    }
  });
});
