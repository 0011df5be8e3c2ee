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

  it("counts UTF-8 bytes, not characters", () => {
    const wide = { Café: { Type: "AWS::SNS::Topic", Properties: { DisplayName: "日本 — ü" } } };
    expect(resourcesBytes(["Café"], resourceSizes(wide))).toBe(templateBytes({ Resources: wide }));
  });
});
