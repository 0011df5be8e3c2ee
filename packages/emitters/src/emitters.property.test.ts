import { describe, expect, it } from "vitest";
import { emitCloudFormation } from "./cloudformation/emit-cloudformation.js";
import { emitMermaid } from "./mermaid/emit-mermaid.js";
import { emitTerraform } from "./terraform/emit-terraform.js";
import { PROPERTY_RUNS, PROPERTY_SEED, randomSubjects } from "./test-support/random-subjects.js";

/**
 * For random valid intents the emitters succeed and give the same bytes
 * twice. That what they emit validates, plans as declared and lints clean is
 * checked on the same intents by emitters.property.{terraform-*,cfn-lint}.tools.test.ts.
 */
describe(`emitters on ${PROPERTY_RUNS} random valid intents (seed ${PROPERTY_SEED})`, () => {
  it.each(randomSubjects().map((subject) => [subject.label, subject] as const))(
    "%s: every emitter succeeds and is deterministic",
    (_label, subject) => {
      expect(emitTerraform(subject.graph, subject.terraform)).toEqual(
        emitTerraform(subject.graph, subject.terraform),
      );
      expect(emitCloudFormation(subject.graph)).toEqual(emitCloudFormation(subject.graph));
      expect(emitMermaid(subject.graph)).toMatch(/^flowchart TB\n/);
    },
  );
});
