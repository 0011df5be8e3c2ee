import { beforeAll, describe, expect, it } from "vitest";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "../test-support/cfn-lint.js";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { everyKindFixtures } from "../test-support/every-kind.js";
import { dnsVariantSubjects } from "../test-support/dns-variants.js";
import { cloudFormationFiles, type ToolSubject } from "../test-support/tool-checks.js";

const missing = cfnLintMissing();
const subjects: ToolSubject[] = [
  ...compiledExamples().map((example) => ({ label: example.name, graph: example.graph })),
  // Together these hold every kind (packages/compiler/src/every-kind.test.ts checks that).
  ...everyKindFixtures().map((fixture) => ({
    label: `every-kind-${fixture.name}`,
    graph: fixture.graph,
  })),
  ...dnsVariantSubjects(),
];

describe.skipIf(missing !== undefined)("cfn-lint", () => {
  const files = cloudFormationFiles(subjects);
  let results: Map<string, CfnLintMatch[]>;
  beforeAll(async () => {
    results = await cfnLint(files);
  }, 600_000);

  it.each(subjects.map((subject) => subject.label))(
    "%s: every template (JSON and YAML, every region) lints with no errors",
    (label) => {
      const templates = files.get(label)!.filter((file) => /\.(json|yaml)$/.test(file.path));
      expect(templates.length).toBeGreaterThanOrEqual(2);
      const errors = results.get(label)!.filter((match) => match.level === "Error");
      expect(errors.map((e) => `${e.file} ${e.rule} ${e.path}: ${e.message}`)).toEqual([]);
    },
  );
});

if (missing !== undefined) {
  describe("cfn-lint", () => {
    it.skip(`cfn-lint checks skipped: ${missing}`, () => {});
  });
}
