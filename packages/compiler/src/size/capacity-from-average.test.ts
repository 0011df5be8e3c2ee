import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "../compile.js";

function compiled(text: string) {
  const parsed = parseIntent(text, "intent.yaml");
  if (parsed.intent === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
  return compile(parsed.intent, { source: parsed.source! });
}

const scalableTarget = (result: ReturnType<typeof compiled>, tier: string) =>
  result.graph!.nodes.find((n) => n.kind === "aws.appautoscaling.target" && n.tier === tier)!;

describe("default capacity", () => {
  it("serves the average hour at the minimum and the peak burst at the maximum", () => {
    // api: 1 vCPU x 100 req/s x 60% (seasonal) = 60 req/s a task.
    // 600 req/s peak -> 10 tasks at peak; 600 x 0.4 = 240 req/s average -> 4 tasks.
    const result = compiled(`name: shop
environment: production
tiers:
  - { type: api, expectedRps: 600, trafficPattern: seasonal, connectsTo: [] }
`);
    const target = scalableTarget(result, "api");
    expect(target.props).toMatchObject({ minCapacity: 4, maxCapacity: 40 });
    expect(target.reason.calculation).toContain(
      "average 600 x 0.4 (seasonal average-to-peak) = 240 req/s / 60 = 4 tasks on an average hour",
    );
    expect(result.diagnostics.filter((d) => d.code === "IDIO426")).toEqual([]);
  });

  it("states the assumed traffic of a tier without expectedRps or scaling (IDIO426), at the tier", () => {
    const result = compiled(`name: shop
environment: production
tiers:
  - { type: api, connectsTo: [] }
`);
    const assumed = result.diagnostics.filter((d) => d.code === "IDIO426");
    expect(assumed.map((d) => [d.line, d.message])).toEqual([
      [
        4,
        "api has no expectedRps, so IDIO assumes its traffic: it runs 2 tasks at least (one per AZ in production) and up to 4 (x2 steady burst); the cost estimate bills 5 req/s at peak (3 req/s on an average hour for steady traffic); databases it calls are sized without its load.",
      ],
    ]);
  });
});
