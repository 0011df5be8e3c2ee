import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { exampleNames, loadExample } from "./test-support/intents.js";

const compiled = (name: string) => {
  const { intent, source } = loadExample(name);
  return compile(intent, { source });
};

describe("compile() returns a summary per tier", () => {
  it("states the decisions of ecommerce-platform as data", () => {
    const tiers = compiled("ecommerce-platform").tiers!;
    expect(tiers.map((t) => t.name)).toEqual(["web", "api", "db", "cache"]);
    const [web, , db, cache] = tiers;
    expect({ ...web, reasons: web!.reasons.length > 0 }).toEqual({
      name: "web",
      type: "web",
      compute: { service: "fargate", entry: "alb", rule: expect.any(String) },
      size: "0.5 vCPU / 1024 MiB",
      instances: { min: 10, max: 100 },
      zones: 3,
      reasons: true,
      description: "ECS Fargate behind a public ALB, 0.5 vCPU / 1024 MiB ARM64, 10-100 tasks",
    });
    expect(db).toMatchObject({
      type: "database",
      size: "db.r7g.2xlarge",
      instances: { min: 3, max: 3 },
      engine: { name: "aurora-postgresql", version: "16.8" },
      zones: 3,
      description: "aurora-postgresql 16.8, 3 x db.r7g.2xlarge, replicated to us-west-2",
    });
    expect(db!.compute).toBeUndefined();
    expect(cache).toMatchObject({
      engine: { name: "redis", version: "7.1" },
      instances: { min: 3, max: 3 },
      description: "ElastiCache redis 7.1, 3 x cache.r7g.xlarge Multi-AZ",
    });
  });

  it("gives the reason of the tier's main node, and zones only to tiers in the VPC", () => {
    const result = compiled("serverless-api");
    const api = result.tiers!.find((t) => t.name === "api")!;
    const fn = result.graph!.nodes.find((n) => n.id === "api.function")!;
    expect(api.reasons).toEqual([fn.reason.summary, ...fn.reason.calculation]);
    expect(api.zones).toBeUndefined();
    expect(api.description).toBe("Lambda nodejs22.x 512 MB arm64 behind an HTTP API");
  });

  it.each(exampleNames())("%s: one summary per intent tier, in intent order", (name) => {
    const { intent } = loadExample(name);
    const result = compiled(name);
    expect(result.tiers!.map((t) => [t.name, t.type])).toEqual(
      intent.tiers.map((t) => [t.name, t.type]),
    );
  });
});
