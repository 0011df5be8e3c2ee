import { beforeAll, describe, expect, it } from "vitest";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "../test-support/cfn-lint.js";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { everyKindFixtures } from "../test-support/every-kind.js";
import { dnsVariantSubjects } from "../test-support/dns-variants.js";
import { extraRegionSubjects } from "../test-support/extra-regions.js";
import { largeIntentGraph } from "../test-support/large-intent.js";
import { cloudFormationFiles, type ToolSubject } from "../test-support/tool-checks.js";
import type { EmittedFile } from "../emitted-file.js";
import { nestedStackGroups, synthesizeCloudFormation } from "./emit-cloudformation.js";
import { CLOUDFORMATION_LIMITS } from "./limits.js";
import { splitIntoNestedStacks } from "./nested-stacks.js";

/**
 * Checks not applied, each with why. Everything else — every error and every
 * warning — fails the test and is fixed where it arises.
 */
const IGNORED: Readonly<
  Record<string, { readonly reason: string; readonly only?: readonly string[] }>
> = {
  W3002: {
    // "This code may only work with `package` cli command": a nested stack's local
    // TemplateURL, which `aws cloudformation package` uploads and rewrites, as the
    // README's commands do. Only the subjects below have nested stacks.
    reason: "local TemplateURL of a nested stack, uploaded by `aws cloudformation package`",
    only: ["nested-split", "large", "large-extra-region"],
  },
};

const missing = cfnLintMissing();
const subjects: ToolSubject[] = [
  ...compiledExamples().map((example) => ({ label: example.name, graph: example.graph })),
  // Together these hold every kind (packages/compiler/src/every-kind.test.ts checks that).
  ...everyKindFixtures().map((fixture) => ({
    label: `every-kind-${fixture.name}`,
    graph: fixture.graph,
  })),
  ...dnsVariantSubjects(),
  // A stack per extra serving region; the large one's is nested like its primary.
  ...extraRegionSubjects({ large: true }),
  // Past 500 resources: the emitted parent (JSON and YAML) and its nested stacks.
  { label: "large", graph: largeIntentGraph() },
];

/**
 * The largest example's primary template split into nested stacks of at most 40
 * resources: parents and parts are linted like any template (no example is past
 * 500 resources; packages/emitters/src/cloudformation/nested-stacks.test.ts checks the split).
 */
function nestedSplitFiles(): EmittedFile[] {
  const graph = compiledExamples().find((e) => e.name === "global-ecommerce")!.graph;
  const primary = synthesizeCloudFormation(graph).stacks.find((s) => s.stack === "primary")!;
  const groups = nestedStackGroups(graph);
  const groupOf = (id: string) => groups.get(id) ?? "";
  const split = splitIntoNestedStacks(primary.template, "template", groupOf, {
    ...CLOUDFORMATION_LIMITS,
    resources: 40,
  })!;
  return [
    {
      // cfn-lint follows a local TemplateURL and checks the parameters passed against the part's.
      path: "cloudformation/template.json",
      contents: JSON.stringify(split.parent, null, 2).replace(/(template-\d+)\.yaml/g, "$1.json"),
    },
    ...split.children.map((child, index) => ({
      path: `cloudformation/template-${index + 1}.json`,
      contents: JSON.stringify(child.template, null, 2),
    })),
  ];
}

describe.skipIf(missing !== undefined)("cfn-lint", () => {
  const files = cloudFormationFiles(subjects);
  files.set("nested-split", nestedSplitFiles());
  const labels = [...files.keys()];
  let results: Map<string, CfnLintMatch[]>;
  beforeAll(async () => {
    results = await cfnLint(files);
  }, 900_000);

  it.each(labels)(
    "%s: every template (JSON and YAML, every region) lints with no error and no warning",
    (label) => {
      const templates = files.get(label)!.filter((file) => /\.(json|yaml)$/.test(file.path));
      expect(templates.length).toBeGreaterThanOrEqual(2);
      const findings = results
        .get(label)!
        .filter((match) => match.level === "Error" || match.level === "Warning")
        .filter((match) => {
          const ignored = IGNORED[match.rule];
          return (
            ignored === undefined || (ignored.only !== undefined && !ignored.only.includes(label))
          );
        });
      expect(findings.map((e) => `${e.file} ${e.level} ${e.rule} ${e.path}: ${e.message}`)).toEqual(
        [],
      );
    },
  );

  it("every ignored rule says why", () => {
    for (const [rule, { reason }] of Object.entries(IGNORED)) {
      expect(rule).toMatch(/^[EWI]\d{4}$/);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});

if (missing !== undefined) {
  describe("cfn-lint", () => {
    it.skip(`cfn-lint checks skipped: ${missing}`, () => {});
  });
}
