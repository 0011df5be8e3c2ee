import { beforeAll, describe, expect, it } from "vitest";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "../test-support/cfn-lint.js";
import {
  terraformBatch,
  terraformMissing,
  type BatchResult,
} from "../test-support/terraform-cli.js";
import { cloudFormationFiles, terraformEntry } from "../test-support/tool-checks.js";
import { applicationSubjects } from "./application-subjects.js";

/**
 * The intents the examples do not cover (Java and custom-runtime functions,
 * S3 code parameters, an arm64 EC2 tier's boot script with a command, a
 * single-page app's error responses) through the real tools.
 */
const subjects = applicationSubjects().map(({ label, graph }) => ({ label, graph }));

describe.skipIf(terraformMissing() !== undefined)("application intents: terraform", () => {
  const entries = subjects.map(terraformEntry);
  let result: BatchResult;
  beforeAll(async () => {
    result = await terraformBatch(entries);
  }, 600_000);

  it("validate and plan cleanly", () => {
    expect(result.validate.errors).toEqual([]);
    for (const entry of entries) expect(result.planned.get(entry.label)).toEqual(entry.addresses);
  });
});

describe.skipIf(cfnLintMissing() !== undefined)("application intents: cfn-lint", () => {
  const files = cloudFormationFiles(subjects);
  let results: Map<string, CfnLintMatch[]>;
  beforeAll(async () => {
    results = await cfnLint(files);
  }, 600_000);

  it.each(subjects.map((s) => s.label))("%s: no errors (E3677 included)", (label) => {
    const errors = results.get(label)!.filter((match) => match.level === "Error");
    expect(errors.map((e) => `${e.file} ${e.rule} ${e.path}: ${e.message}`)).toEqual([]);
  });
});
