import { describe, expect, it } from "vitest";
import { renderExplanation, type Explanation } from "./explain.js";

const explanation = (region: Explanation["region"]): Explanation => ({
  id: "api.service",
  kind: "aws.ecs.service",
  tier: "api",
  region,
  summary: "Fargate service",
  because: [],
  calculation: [],
  dependsOn: [],
});

describe("explain names where a node is", () => {
  it("says nothing for the primary and names the DR region, us-east-1 and an extra region", () => {
    const first = (region: Explanation["region"]) =>
      renderExplanation(explanation(region)).split("\n")[0];
    expect(first("primary")).toBe("api.service  (aws.ecs.service, tier api)");
    expect(first("dr")).toBe("api.service  (aws.ecs.service, tier api, DR region)");
    expect(first("edge")).toBe(
      "api.service  (aws.ecs.service, tier api, us-east-1 for CloudFront)",
    );
    expect(first("us-west-2")).toBe("api.service  (aws.ecs.service, tier api, region us-west-2)");
  });
});
