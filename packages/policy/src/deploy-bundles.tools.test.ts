/**
 * User bundles may write deployability rules too: `deploy: error` in METADATA stops the plan
 * with IDIO524 like IDIO's own, and `docs` must be https:// links (else the bundle is refused).
 * Needs the OPA binary to build the bundles (skipped without it).
 */
import { fileURLToPath } from "node:url";
import { buildTestBundle, opaBinary } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { REGO_DIR } from "./build/policy-sources.js";
import { loadPolicyBundle } from "./bundle/policy-bundle.js";
import { checkPolicies } from "./policy-step.js";
import { loadLab } from "./test-support/lab-graph.js";

const opa = opaBinary();
const build = (folder: string) =>
  buildTestBundle(
    opa as string,
    fileURLToPath(new URL(`./test-support/${folder}`, import.meta.url)),
    REGO_DIR,
  );

describe.skipIf(!opa)("deployability rules in user bundles", () => {
  it("stop the plan with IDIO524 and keep their AWS link", () => {
    const bundle = loadPolicyBundle(build("deploy-bundle"), "acme.tar.gz");
    const rule = [...bundle.rules.values()][0];
    expect(rule).toMatchObject({
      id: "ACME-DEPLOY-001",
      deploy: "error",
      docs: ["https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html"],
    });
    const lab = loadLab();
    const result = checkPolicies(lab.intent, lab.graph, {
      source: lab.source,
      today: "2026-06-01",
      quotas: { fargateOnDemandVcpu: 50 },
      bundles: [bundle],
    });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ["IDIO524", "error", "ACME-DEPLOY-001: network.vpc: use the shared VPC instead."],
    ]);
    expect(result.diagnostics[0]?.hint).toContain(
      "(AWS: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-sharing.html)",
    );
  });

  it("refuse a rule whose docs are not https links (IDIO518)", () => {
    expect(() => loadPolicyBundle(build("bad-docs-bundle"), "bad.tar.gz")).toThrow(
      /custom\.docs must be an https:\/\/ URL or a list of them/,
    );
  });
});
