import { beforeAll, describe, expect, it } from "vitest";
import { terraformBatch, terraformMissing, type BatchResult } from "./terraform-cli.js";
import { PROPERTY_RUNS, PROPERTY_SEED, randomSubjects, slice } from "./random-subjects.js";
import { terraformEntry } from "./tool-checks.js";

/** How many files share the random intents' Terraform runs (one batch each, run side by side). */
export const TERRAFORM_PARTS = 2;

/** The Terraform half of the emitter property: part `part` of the random intents validates and plans as declared. */
export function terraformProperty(part: number): void {
  const subjects = slice(randomSubjects(), part, TERRAFORM_PARTS);
  describe.skipIf(terraformMissing() !== undefined)(
    `terraform on random valid intents ${part + 1}/${TERRAFORM_PARTS} of ${PROPERTY_RUNS} (seed ${PROPERTY_SEED})`,
    () => {
      const entries = subjects.map(terraformEntry);
      let result: BatchResult;
      beforeAll(async () => {
        result = await terraformBatch(entries);
      }, 900_000);

      it("validates every configuration", () => {
        expect(entries.length).toBeGreaterThan(0);
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
    },
  );
}
