import { beforeAll, describe, expect, it } from "vitest";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "../test-support/cfn-lint.js";
import {
  terraformBatch,
  terraformMissing,
  type BatchResult,
} from "../test-support/terraform-cli.js";
import { cloudFormationFiles, terraformEntry } from "../test-support/tool-checks.js";
import { dataSubjects } from "./data-subjects.js";

/** The data, keys and names intents through the real tools (the examples are in the main tool tests). */
const subjects = dataSubjects();

describe.skipIf(terraformMissing() !== undefined)("data intents: terraform", () => {
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

describe.skipIf(cfnLintMissing() !== undefined)("data intents: cfn-lint", () => {
  const files = cloudFormationFiles(subjects);
  let results: Map<string, CfnLintMatch[]>;
  beforeAll(async () => {
    results = await cfnLint(files);
  }, 600_000);

  it.each(subjects.map((s) => s.label))("%s: no errors, no duplicate names (E3019)", (label) => {
    const errors = results.get(label)!.filter((match) => match.level === "Error");
    expect(errors.map((e) => `${e.file} ${e.rule} ${e.path}: ${e.message}`)).toEqual([]);
  });
});
