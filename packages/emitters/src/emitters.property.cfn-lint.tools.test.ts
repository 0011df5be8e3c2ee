import { beforeAll, describe, expect, it } from "vitest";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "./test-support/cfn-lint.js";
import { PROPERTY_RUNS, PROPERTY_SEED, randomSubjects } from "./test-support/random-subjects.js";
import { cloudFormationFiles } from "./test-support/tool-checks.js";

/** The CloudFormation emitted for the random valid intents of emitters.property.test.ts lints clean. */
describe.skipIf(cfnLintMissing() !== undefined)(
  `cfn-lint on ${PROPERTY_RUNS} random valid intents (seed ${PROPERTY_SEED})`,
  () => {
    let results: Map<string, CfnLintMatch[]>;
    beforeAll(async () => {
      results = await cfnLint(cloudFormationFiles(randomSubjects()));
    }, 900_000);

    it("finds no error and no warning in any template", () => {
      const errors = [...results.values()]
        .flat()
        .filter((match) => match.level === "Error" || match.level === "Warning")
        .map((e) => `${e.file} ${e.level} ${e.rule} ${e.path}: ${e.message.slice(0, 160)}`);
      expect(errors).toEqual([]);
    });
  },
);
