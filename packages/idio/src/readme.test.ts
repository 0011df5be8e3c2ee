import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";

const README = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");

describe("the root README", () => {
  it("shows an intent that plans without errors", () => {
    const intent = /```yaml\n([\s\S]*?)```/.exec(README)?.[1];
    expect(intent).toBeDefined();
    const result = plan(intent!, { fileName: "README.md", today: "2026-11-21" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.plan?.graph.nodes.length).toBeGreaterThan(50);
  });

  it("quick-starts with install + compile and install + test", () => {
    expect(README).toContain("npm ci && npx idio compile examples/ecommerce-platform/intent.yaml");
    expect(README).toContain("npm ci && npm test");
  });
});
