import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";

const intent = (scaling: string) => `name: shop
environment: production
availability: "99.99"
tiers:
  - { type: api, expectedRps: 3000, trafficPattern: seasonal, connectsTo: []${scaling} }
`;

const rightSize = (text: string) => {
  const result = plan(text);
  return result.plan!.cost!.recommendations.filter((r) => r.id === "right-size:service-minimums");
};

describe("the compiler's minimum and the cost report's right-size recommendation agree", () => {
  it("a default minimum (average load, one per AZ) is not recommended down", () => {
    // 3000 x 0.4 = 1200 req/s average / 60 per task = 20 tasks; the recommendation computes the same.
    const result = plan(intent(""));
    const target = result.plan!.graph.nodes.find((n) => n.kind === "aws.appautoscaling.target")!;
    expect(target.props).toMatchObject({ minCapacity: 20, maxCapacity: 200 });
    expect(rightSize(intent(""))).toEqual([]);
  });

  it("an intent's own scaling.min above the average still is", () => {
    const [change] = rightSize(intent(", scaling: { min: 50, max: 200 }"));
    expect(change!.detail).toContain("api: 50 -> 20 tasks (1200 rps average / 60 rps per task)");
  });
});
