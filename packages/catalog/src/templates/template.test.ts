import { describe, expect, it } from "vitest";
import { TEMPLATES, parameterSchema, resolveParameters, templateById } from "./index.js";

describe("template parameters", () => {
  const template = templateById("three-tier-web-app")!;

  it("start from the defaults and convert --set strings by type", () => {
    const { values, problems } = resolveParameters(template, [
      "webRps=250",
      "databaseEngine=mysql",
    ]);
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      webRps: 250,
      databaseEngine: "mysql",
      apiRps: 80,
      name: "webapp",
    });
  });

  it("report every problem rather than the first", () => {
    const { values, problems } = resolveParameters(template, [
      "webRps=lots",
      "databaseEngine=oracle",
      "nonsense",
    ]);
    expect(values).toBeUndefined();
    expect(problems.map((problem) => problem.parameter)).toEqual([
      "webRps",
      "databaseEngine",
      "nonsense",
    ]);
  });

  it("accept a value set twice, the last one winning", () => {
    expect(resolveParameters(template, ["webRps=1", "webRps=2"]).values?.webRps).toBe(2);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))(
    "%s: defaults satisfy its own schema and render the same bytes twice",
    (_id, t) => {
      const schema = parameterSchema(t) as { properties: Record<string, { default: unknown }> };
      expect(Object.keys(schema.properties)).toEqual(t.parameters.map((p) => p.name));
      const { values } = resolveParameters(t, []);
      expect(JSON.stringify(t.render(values!))).toBe(JSON.stringify(t.render(values!)));
      expect(t.monthlyCostUsd.min).toBeLessThan(t.monthlyCostUsd.max);
    },
  );
});
