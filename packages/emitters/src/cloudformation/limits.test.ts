import { describe, expect, it } from "vitest";
import { exampleGraph } from "../test-support/compiled-examples.js";
import { synthesizeCloudFormation } from "./emit-cloudformation.js";
import { resourceSizes, resourcesBytes, templateBytes } from "./limits.js";

describe("resourcesBytes", () => {
  const template = synthesizeCloudFormation(exampleGraph("ecommerce-platform")).stacks[0]!.template;
  const resources = template.Resources as Record<string, unknown>;
  const ids = Object.keys(resources);
  const sizes = resourceSizes(resources);
  const bytesOf = (subset: readonly string[]) =>
    templateBytes({ Resources: Object.fromEntries(subset.map((id) => [id, resources[id]])) });

  it("is templateBytes of exactly those resources, for any subset and order", () => {
    expect(ids.length).toBeGreaterThan(100);
    for (const subset of [ids, ids.slice(0, 1), ids.slice(7, 60), [...ids].reverse(), []])
      expect(resourcesBytes(subset, sizes)).toBe(bytesOf(subset));
  });

  it("sizes escapes, numbers, empty and nested collections and omitted members as JSON.stringify writes them", () => {
    const odd = {
      A: {
        Type: "T",
        Properties: { Q: 'say "hi"\\ \n\t\u0001\u007f', N: [0, -0, 1.5, 1e21, -2, NaN, Infinity] },
      },
      B: {
        Type: "T",
        Properties: {
          E: {},
          L: [],
          D: [[], [{}], { X: [true, false, null] }],
          U: undefined,
          F: [undefined],
        },
      },
      C: { Type: "T", Properties: { S: "\ud800 lone surrogate", W: "€𝄞" } },
    };
    for (const subset of [["A"], ["B"], ["C"], ["A", "B", "C"]])
      expect(resourcesBytes(subset, resourceSizes(odd))).toBe(
        templateBytes({
          Resources: Object.fromEntries(subset.map((id) => [id, odd[id as keyof typeof odd]])),
        }),
      );
  });

  it("counts UTF-8 bytes, not characters", () => {
    const wide = { Café: { Type: "AWS::SNS::Topic", Properties: { DisplayName: "日本 — ü" } } };
    expect(resourcesBytes(["Café"], resourceSizes(wide))).toBe(templateBytes({ Resources: wide }));
  });
});
