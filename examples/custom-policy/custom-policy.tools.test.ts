import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@idio-iac/compiler";
import { parseIntent } from "@idio-iac/intent-schema";
import { checkPolicies, loadPolicyBundle } from "@idio-iac/policy";
import { describe, expect, it } from "vitest";
import { opaBinary } from "@idio-iac/testing";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HERE = "examples/custom-policy";
const BUILD_ARGS = [
  "build",
  "-t",
  "wasm",
  "-e",
  "idio/findings",
  "-e",
  "idio/rule_metadata",
  "--ignore",
  "*_test.rego",
];
const SOURCES = [
  `${HERE}/rego`,
  "node_modules/@idio-iac/policy/rego/idio.rego",
  "node_modules/@idio-iac/policy/rego/lib",
];

function planWithBundle(tags?: Record<string, string>) {
  const file = `${HERE}/intent.yaml`;
  const parsed = parseIntent(readFileSync(join(ROOT, file), "utf8"), file);
  if (!parsed.intent) throw new Error("example intent is invalid");
  const intent = tags
    ? { ...parsed.intent, tags: { ...parsed.intent.tags, ...tags } }
    : parsed.intent;
  const graph = compile(intent, parsed.source ? { source: parsed.source } : {}).graph;
  if (!graph) throw new Error("example intent does not compile");
  const bundle = loadPolicyBundle(readFileSync(join(ROOT, HERE, "bundle.tar.gz")), "bundle.tar.gz");
  return {
    bundle,
    result: checkPolicies(intent, graph, {
      bundles: [bundle],
      ...(parsed.source ? { source: parsed.source } : {}),
    }),
  };
}

describe("examples/custom-policy", () => {
  it("loads the ACME rules from the committed bundle", () => {
    const { bundle } = planWithBundle();
    expect(
      [...bundle.rules.values()].map((rule) => [rule.id, rule.severity, rule.fixable]),
    ).toEqual([
      ["ACME-TAG-001", "medium", false],
      ["ACME-COST-001", "low", true],
    ]);
  });

  it("reports unclassified data stores beside the built-in findings, at the intent's tags line", () => {
    const { result } = planWithBundle();
    const custom = result.report.findings.filter((finding) => finding.source === "bundle.tar.gz");
    expect(custom.map((finding) => [finding.ruleId, finding.severity, finding.resourceId])).toEqual(
      [
        ["ACME-TAG-001", "high", "attachments.bucket"],
        ["ACME-TAG-001", "high", "db.instance"],
        ["ACME-TAG-001", "high", "ops.logs.bucket"],
        ["ACME-TAG-001", "high", "security.trail.bucket"],
      ],
    );
    expect(custom[0]?.intentField).toMatchObject({ pointer: "/tags", line: 31 });
    expect(result.report.findings.filter((finding) => finding.source === "builtin")).toEqual([]);
  });

  it("is satisfied once the intent classifies its data", () => {
    const { result } = planWithBundle({ "data-classification": "internal" });
    expect(result.report.findings).toEqual([]);
  });

  const opa = opaBinary();
  it.skipIf(!opa)("is the bundle its README's build command makes from rego/", () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-custom-policy-"));
    try {
      const output = join(dir, "bundle.tar.gz");
      execFileSync(opa as string, [...BUILD_ARGS, "-o", output, ...SOURCES], {
        cwd: ROOT,
        stdio: "pipe",
      });
      expect(readFileSync(output).equals(readFileSync(join(ROOT, HERE, "bundle.tar.gz")))).toBe(
        true,
      );
      execFileSync(
        opa as string,
        ["test", `${HERE}/rego`, "node_modules/@idio-iac/policy/rego/lib"],
        {
          cwd: ROOT,
          stdio: "pipe",
        },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
