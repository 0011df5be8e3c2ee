import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { intentValidatorSource } from "../../scripts/intent-validator-source.js";

describe("intent-validator.generated.ts", () => {
  it("is ajv's standalone code for the current schema (npm run generate:validator)", async () => {
    const committed = readFileSync(
      new URL("./intent-validator.generated.ts", import.meta.url),
      "utf8",
    );
    expect(committed).toBe(await intentValidatorSource());
  });
});
