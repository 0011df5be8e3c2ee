import { describe, expect, it } from "vitest";
import { mapValues } from "./map-values.js";
import { join, ref } from "./values.js";

describe("mapValues", () => {
  it("applies the leaf function to strings and references at any depth, and keeps the rest", () => {
    const props = {
      name: "a",
      port: 443,
      enabled: true,
      none: null,
      list: [ref("x", "arn"), join("arn:", ref("y", "id")), { pseudo: "region" }],
      nested: { deeper: [{ value: "b" }] },
    };
    const seen: unknown[] = [];
    const result = mapValues(props, (leaf) => {
      seen.push(leaf);
      return typeof leaf === "string" ? leaf.toUpperCase() : "resolved";
    });
    expect(result).toEqual({
      name: "A",
      port: 443,
      enabled: true,
      none: null,
      list: ["resolved", "resolved", "resolved"],
      nested: { deeper: [{ value: "B" }] },
    });
    expect(seen).toHaveLength(5);
  });
});
