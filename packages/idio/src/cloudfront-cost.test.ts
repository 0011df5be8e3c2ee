/**
 * CloudFront in front of a dynamic tier is priced: viewers' data out and
 * HTTPS requests move from the load balancer to the distribution, and the
 * internal load balancer sends nothing to the internet (origin fetches from
 * AWS origins to CloudFront are free: https://aws.amazon.com/cloudfront/pricing/).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";

const EXAMPLE = new URL("../../../examples/ecommerce-platform/intent.yaml", import.meta.url);

function costLines(text: string) {
  const result = plan(text, { fileName: "intent.yaml", today: "2026-11-21" });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.plan!.cost!.lineItems;
}

describe("CloudFront in front of a load-balanced tier", () => {
  const withDomain = readFileSync(EXAMPLE, "utf8");
  const withoutDomain = withDomain.replace(/^domain: .*\n/m, "");
  expect(withoutDomain).not.toBe(withDomain);

  it("charges the viewers' data out to the distribution instead of the load balancer", () => {
    const direct = costLines(withDomain).find(
      (l) => l.resource === "web.alb" && l.component === "Data transfer out to the internet",
    )!;
    const edge = costLines(withoutDomain);
    const viewers = edge.find(
      (l) => l.resource === "web.distribution" && l.component === "Data transfer out to viewers",
    )!;
    expect(viewers.quantity).toBe(direct.quantity);
    expect(viewers.unitPriceUsd).toBe("0.085");
    expect(edge.filter((l) => l.resource === "web.alb").map((l) => l.component)).not.toContain(
      "Data transfer out to the internet",
    );
    const requests = edge.find(
      (l) => l.resource === "web.distribution" && l.component === "HTTPS requests",
    )!;
    // $0.01 per 10,000 HTTPS requests (North America and Europe).
    expect(requests.unitPriceUsd).toBe("0.000001");
    expect(requests.monthlyMicros).toBe(Math.round(requests.quantity * 1));
  });
});
