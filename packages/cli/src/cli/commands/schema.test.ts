import { INTENT_JSON_SCHEMA } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";

describe("idio schema", () => {
  it("prints the intent JSON Schema and exits 0", async () => {
    const run = memoryIo();
    expect(await runCli(["schema"], run.io)).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema).toEqual(INTENT_JSON_SCHEMA);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(schema.properties)).toContain("tiers");
  });
});
