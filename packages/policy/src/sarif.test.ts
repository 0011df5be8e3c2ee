import { describe, expect, it } from "vitest";
import { evaluatePolicies } from "./evaluate-policies.js";
import { builtinRules } from "./rules.js";
import { toSarif } from "./sarif.js";
import { frozen, loadLab, mutableCopy, nodeOf } from "./test-support/lab-graph.js";

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

describe("SARIF 2.1.0", () => {
  const { graph, context } = loadLab();
  const broken = mutableCopy(graph);
  nodeOf(broken, "aws.rds.instance").props.publiclyAccessible = true;
  nodeOf(broken, "aws.s3.bucket", (n) => n.id === "uploads.bucket").props.versioning = false;
  const report = evaluatePolicies(frozen(broken), {
    ...context,
    waivers: [{ rule: "IDIO-S3-005", reason: "Versioning paused during the migration (CHG-7)." }],
  });
  const sarif = toSarif(report, {
    intentFile: "./lab/every kind.yaml",
    toolVersion: "0.1.0",
    rules: builtinRules(),
  }) as SarifLog;
  const run = sarif.runs[0];

  it("declares the schema and every rule, with a security severity for code scanning", () => {
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(
      builtinRules().map((rule) => rule.id),
    );
    expect(run?.tool.driver.rules[0]?.properties["security-severity"]).toMatch(/^\d+\.\d$/);
  });

  it("links a rule's AWS documentation as its helpUri and tags deployability rules", () => {
    const rules = run?.tool.driver.rules as unknown as {
      id: string;
      helpUri?: string;
      properties: { tags: string[] };
    }[];
    const deploy = rules.find((rule) => rule.id === "IDIO-DEPLOY-011");
    expect(deploy?.helpUri).toBe(
      "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html",
    );
    expect(deploy?.properties.tags).toEqual(["deployability"]);
    expect(rules.find((rule) => rule.id === "IDIO-S3-001")?.properties.tags[0]).toBe("security");
  });

  it("locates each result at its intent line, with a relative URI", () => {
    const critical = run?.results.find((result) => result.ruleId === "IDIO-RDS-002");
    expect(critical?.level).toBe("error");
    expect(run?.tool.driver.rules[critical?.ruleIndex ?? -1]?.id).toBe("IDIO-RDS-002");
    const location = critical?.locations[0]?.physicalLocation;
    expect(location?.artifactLocation.uri).toBe("lab/every%20kind.yaml");
    expect(location?.region.startLine).toBe(report.findings[0]?.location.line);
    expect(location?.region.startLine).toBeGreaterThan(1);
  });

  it("keeps waived findings as suppressed results with the waiver's reason", () => {
    const waived = run?.results.find((result) => result.ruleId === "IDIO-S3-005");
    expect(waived?.suppressions).toEqual([
      { kind: "inSource", justification: "Versioning paused during the migration (CHG-7)." },
    ]);
  });
});

describe("SARIF with untrusted rule text", () => {
  const hostile = {
    ...builtinRules()[0]!,
    id: "EVIL-TXT-001",
    package: "evil_text",
    title: "Evil \u001b[31mtitle\u202e",
    description: "<script>x</script> [link](javascript:alert(1)) `code` **bold**",
    rationale: "why \u0000",
    // A user bundle may be named "builtin": only IDIO's own rule objects keep their Markdown.
    source: "builtin",
  };
  const sarif = toSarif(
    { findings: [], waived: [], coverage: [], diagnostics: [], rulesEvaluated: [] },
    { intentFile: "intent.yaml", toolVersion: "0.1.0", rules: [hostile, builtinRules()[0]!] },
  ) as {
    runs: {
      tool: {
        driver: {
          rules: {
            id: string;
            shortDescription: { text: string };
            help: { text: string; markdown: string };
          }[];
        };
      };
    }[];
  };
  const rules = sarif.runs[0]!.tool.driver.rules;
  const evil = rules.find((rule) => rule.id === "EVIL-TXT-001")!;

  it("escapes a non-built-in rule's Markdown and keeps controls out of its text", () => {
    expect(evil.shortDescription.text).toBe("Evil \\x1b[31mtitle\\u202e");
    expect(evil.help.text).toBe(`${hostile.description}\n\nWhy: why \\x00`);
    expect(evil.help.markdown.split("\n\n").slice(0, 2)).toEqual([
      "&lt;script&gt;x&lt;/script&gt; \\[link\\](javascript:alert(1)) \\`code\\` \\*\\*bold\\*\\*",
      "**Why:** why \\\\x00", // renders as the visible escape \x00
    ]);
  });

  it("keeps a built-in rule's Markdown as written", () => {
    const own = builtinRules()[0]!;
    const shown = rules.find((rule) => rule.id === own.id)!;
    expect(shown.help.markdown.startsWith(`${own.description}\n\n**Why:** ${own.rationale}`)).toBe(
      true,
    );
  });
});
