import { describe, expect, it } from "vitest";
import { readInputs } from "./inputs.js";

describe("readInputs", () => {
  it("applies action.yml's defaults when the runner set nothing", () => {
    expect(readInputs({}).inputs).toEqual({
      intents: ["**/intent.yaml"],
      githubToken: "",
      comment: "update",
      commentKey: "",
      skipNoDiff: false,
      failOn: "none",
      failOnBudget: false,
      requireApproval: [],
      approvers: [],
      approvedLabel: "idio-approved",
    });
  });

  it("reads hyphenated names as the runner passes them, and lists split on commas and lines", () => {
    const { inputs } = readInputs({
      INPUT_INTENTS: "apps/**/intent.yaml,\n  infra/*.yaml\n",
      "INPUT_GITHUB-TOKEN": " ghs_x ",
      "INPUT_REQUIRE-APPROVAL": "production, waivers",
      INPUT_APPROVERS: "@alice, acme/platform",
      "INPUT_MAX-COST-INCREASE-PERCENT": "12.5",
      "INPUT_SKIP-NO-DIFF": "TRUE",
      "INPUT_SARIF-FILE": "out/idio.sarif",
    });
    expect(inputs).toMatchObject({
      intents: ["apps/**/intent.yaml", "infra/*.yaml"],
      githubToken: "ghs_x",
      requireApproval: ["production", "waivers"],
      approvers: ["alice", "acme/platform"],
      maxCostIncreasePercent: 12.5,
      skipNoDiff: true,
      sarifFile: "out/idio.sarif",
    });
  });

  it("reports every bad input as IDIO741 with what is accepted", () => {
    const { inputs, problems } = readInputs({
      INPUT_COMMENT: "sticky",
      "INPUT_FAIL-ON": "error",
      "INPUT_REQUIRE-APPROVAL": "production, ceo",
      "INPUT_MAX-COST-INCREASE-PERCENT": "-5",
      "INPUT_FAIL-ON-BUDGET": "yes",
      "INPUT_COMMENT-KEY": "a b",
    });
    expect(inputs).toBeUndefined();
    expect(problems.map((p) => [p.code, p.message, p.hint])).toEqual([
      [
        "IDIO741",
        'Input require-approval is "ceo", which the IDIO Action does not accept.',
        "Use production, cost-increase, new-findings, waivers.",
      ],
      [
        "IDIO741",
        'Input comment-key is "a b", which the IDIO Action does not accept.',
        "Use up to 64 letters, digits, dots, hyphens or underscores.",
      ],
      [
        "IDIO741",
        'Input max-cost-increase-percent is "-5", which the IDIO Action does not accept.',
        "Use a number of at least 0.",
      ],
      [
        "IDIO741",
        'Input comment is "sticky", which the IDIO Action does not accept.',
        "Use update, new, delete-and-new, off.",
      ],
      [
        "IDIO741",
        'Input fail-on is "error", which the IDIO Action does not accept.',
        "Use critical, high, medium, low, none.",
      ],
      [
        "IDIO741",
        'Input fail-on-budget is "yes", which the IDIO Action does not accept.',
        "Use true or false.",
      ],
    ]);
  });
});
