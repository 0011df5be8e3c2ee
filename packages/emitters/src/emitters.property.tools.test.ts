import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { arbitraryIntentDocument } from "../../intent-schema/src/test-support/arbitrary-intent.js";
import { emitCloudFormation } from "./cloudformation/emit-cloudformation.js";
import { emitMermaid } from "./mermaid/emit-mermaid.js";
import { emitTerraform } from "./terraform/emit-terraform.js";
import { cfnLint, cfnLintMissing, type CfnLintMatch } from "./test-support/cfn-lint.js";
import { compileText, terraformOptionsOf } from "./test-support/compiled-examples.js";
import {
  terraformBatch,
  terraformMissing,
  type BatchResult,
} from "./test-support/terraform-cli.js";
import {
  cloudFormationFiles,
  terraformEntry,
  type ToolSubject,
} from "./test-support/tool-checks.js";

/**
 * For random valid intents: the emitters succeed, give the same bytes twice,
 * and what they emit validates, plans exactly as declared and lints clean.
 * A fixed seed keeps CI reproducible; IDIO_PROPERTY_SEED explores further.
 */
const runs = Number(process.env.IDIO_PROPERTY_RUNS ?? 24);
const seed = Number(process.env.IDIO_PROPERTY_SEED ?? 20261121);
const documents = fc.sample(arbitraryIntentDocument({ minTiers: 1, maxTiers: 4 }), {
  numRuns: runs,
  seed,
});
const subjects: ToolSubject[] = documents.map((document, index) => {
  const { intent, graph } = compileText(JSON.stringify(document), `random-${index}.json`);
  return { label: `random-${index}`, graph, terraform: terraformOptionsOf(intent) };
});

describe(`emitters on ${runs} random valid intents (seed ${seed})`, () => {
  it.each(subjects.map((subject) => [subject.label, subject] as const))(
    "%s: every emitter succeeds and is deterministic",
    (_label, subject) => {
      expect(emitTerraform(subject.graph, subject.terraform)).toEqual(
        emitTerraform(subject.graph, subject.terraform),
      );
      expect(emitCloudFormation(subject.graph)).toEqual(emitCloudFormation(subject.graph));
      expect(emitMermaid(subject.graph)).toMatch(/^flowchart TB\n/);
    },
  );

  describe.skipIf(terraformMissing() !== undefined)("terraform", () => {
    const entries = subjects.map(terraformEntry);
    let result: BatchResult;
    beforeAll(async () => {
      result = await terraformBatch(entries);
    }, 900_000);

    it("validates every configuration", () => {
      expect(result.validate.errors).toEqual([]);
    });

    it("plans exactly the declared addresses for every configuration", () => {
      const mismatches = entries
        .filter(
          (entry) =>
            JSON.stringify(result.planned.get(entry.label)) !== JSON.stringify(entry.addresses),
        )
        .map((entry) => entry.label);
      expect(mismatches).toEqual([]);
    });
  });

  describe.skipIf(cfnLintMissing() !== undefined)("cfn-lint", () => {
    let results: Map<string, CfnLintMatch[]>;
    beforeAll(async () => {
      results = await cfnLint(cloudFormationFiles(subjects));
    }, 900_000);

    it("finds no error in any template", () => {
      const errors = [...results.values()]
        .flat()
        .filter((match) => match.level === "Error")
        .map((e) => `${e.file} ${e.rule} ${e.path}: ${e.message.slice(0, 160)}`);
      expect(errors).toEqual([]);
    });
  });
});
