/**
 * Every example's plan after auto-fix: no critical or high finding, each
 * listed framework's coverage reported, and the findings pinned in
 * examples/<name>/golden/findings.json (IDIO_UPDATE_GOLDEN=1 rewrites them).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@idio-iac/compiler";
import { parseIntent } from "@idio-iac/intent-schema";
import { expectGolden, goldenJson } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { checkPolicies } from "./policy-step.js";
import { atLeast } from "./severity.js";

const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
const names = readdirSync(EXAMPLES).filter((name) =>
  existsSync(join(EXAMPLES, name, "intent.yaml")),
);

function check(name: string) {
  const file = `examples/${name}/intent.yaml`;
  const parsed = parseIntent(readFileSync(join(EXAMPLES, name, "intent.yaml"), "utf8"), file);
  if (!parsed.intent || !parsed.source) throw new Error(`${file} is invalid`);
  const graph = compile(parsed.intent, { source: parsed.source }).graph;
  if (!graph) throw new Error(`${file} does not compile`);
  return {
    intent: parsed.intent,
    result: checkPolicies(parsed.intent, graph, { source: parsed.source, today: "2026-06-01" }),
  };
}

describe("policy on every example", () => {
  it("finds the examples", () => {
    expect(names.length).toBeGreaterThanOrEqual(7);
  });

  for (const name of names) {
    describe(name, () => {
      const { intent, result } = check(name);

      it("has no critical or high finding after auto-fix, and no policy error", () => {
        expect(
          result.report.findings.filter((finding) => atLeast(finding.severity, "high")),
        ).toEqual([]);
        expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual(
          [],
        );
      });

      // Issue 12: a plan the examples ship must deploy, so the deployability rules find nothing
      // (a quota the plan needs is stated in policy.quotas, not waived).
      it("has no IDIO-DEPLOY finding, open or waived", () => {
        const deploy = (findings: readonly { ruleId: string }[]) =>
          findings.filter((finding) => finding.ruleId.startsWith("IDIO-DEPLOY-"));
        expect(deploy(result.report.findings)).toEqual([]);
        expect(deploy(result.report.waived)).toEqual([]);
      });

      it("reports the coverage of each framework it lists", () => {
        expect(result.report.coverage.map((coverage) => coverage.framework)).toEqual(
          intent.compliance,
        );
        for (const coverage of result.report.coverage) {
          expect(coverage.passing, coverage.framework).toBeGreaterThan(5);
          expect(coverage.failing, coverage.framework).toBe(0);
        }
      });

      it("matches golden/findings.json", () => {
        const golden = {
          findings: result.report.findings,
          fixes: result.fixes,
          waived: result.report.waived,
          coverage: result.report.coverage.map(
            ({ framework, passing, failing, waived, controls }) => ({
              framework,
              passing,
              failing,
              waived,
              controls: controls.map(({ control, status }) => `${control}: ${status}`),
            }),
          ),
          diagnostics: result.diagnostics,
        };
        expectGolden(join(EXAMPLES, name, "golden", "findings.json"), goldenJson(golden));
      });
    });
  }
});

describe("IDIO-WAF-001 on a CloudFront distribution outside us-east-1 (global-ecommerce, eu-central-1)", () => {
  const file = "examples/global-ecommerce/intent.yaml";
  const parsed = parseIntent(
    readFileSync(join(EXAMPLES, "global-ecommerce", "intent.yaml"), "utf8"),
    file,
  );
  const graph = compile(parsed.intent!, { source: parsed.source! }).graph!;
  // The graph as if the compiler had left the distribution without its web ACL.
  const stripped = {
    ...graph,
    nodes: graph.nodes
      .filter((node) => node.id !== "edge.waf.cloudfront")
      .map((node) =>
        node.kind === "aws.cloudfront.distribution"
          ? { ...node, props: { ...node.props, webAclArn: undefined } }
          : node,
      ),
  };

  it("adds the CLOUDFRONT web ACL as an edge (us-east-1) node and attaches it", () => {
    expect(graph.region).toBe("eu-central-1");
    const result = checkPolicies(parsed.intent!, JSON.parse(JSON.stringify(stripped)), {
      source: parsed.source!,
      today: "2026-06-01",
    });
    const added = result.graph.nodes.find((node) => node.id === "edge.waf.cloudfront");
    expect(added).toMatchObject({ region: "edge", props: { scope: "CLOUDFRONT" } });
    expect(result.fixes.map((fix) => fix.ruleId)).toEqual(["IDIO-WAF-001", "IDIO-WAF-001"]);
    const distribution = result.graph.nodes.find((n) => n.kind === "aws.cloudfront.distribution");
    expect(distribution?.props).toMatchObject({
      webAclArn: { ref: "edge.waf.cloudfront", attr: "arn" },
    });
  });

  it("keeps it primary when the same graph is in us-east-1", () => {
    const inUsEast1 = JSON.parse(JSON.stringify({ ...stripped, region: "us-east-1" }));
    const result = checkPolicies(parsed.intent!, inUsEast1, {
      source: parsed.source!,
      today: "2026-06-01",
    });
    const added = result.graph.nodes.find((node) => node.id === "edge.waf.cloudfront");
    expect(added?.region).toBe("primary");
  });
});
