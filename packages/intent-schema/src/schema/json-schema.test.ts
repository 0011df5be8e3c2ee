import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INTENT_JSON_SCHEMA } from "./json-schema.js";
import { exampleNames, readExample } from "@idio-iac/testing";

describe("intent.schema.json", () => {
  it("is the current schema (run `npm run generate:schema -w @idio-iac/intent-schema` when this fails)", () => {
    const published = JSON.parse(
      readFileSync(new URL("../../intent.schema.json", import.meta.url), "utf8"),
    );
    expect(published).toEqual(INTENT_JSON_SCHEMA);
  });

  it("is draft 2020-12 and documents every property with a description", () => {
    expect(INTENT_JSON_SCHEMA.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const undocumented: string[] = [];
    const visit = (schema: Record<string, unknown>, path: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, property] of Object.entries(properties)) {
        if (typeof property.description !== "string") undocumented.push(`${path}/${name}`);
        visit(property, `${path}/${name}`);
        if (property.items)
          visit(property.items as Record<string, unknown>, `${path}/${name}/items`);
      }
    };
    visit(INTENT_JSON_SCHEMA as Record<string, unknown>, "");
    expect(undocumented).toEqual([]);
  });

  it("is what every example points editors to", () => {
    for (const name of exampleNames()) {
      const text = readExample(name);
      expect(text.split("\n")[0]).toBe(
        "# yaml-language-server: $schema=../../packages/intent-schema/intent.schema.json",
      );
    }
  });
});
