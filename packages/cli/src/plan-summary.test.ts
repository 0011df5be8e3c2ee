import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { plan } from "idio-iac";
import { renderPlanSummary } from "./plan-summary.js";

function summary(zone: string): string {
  const result = plan(
    [
      "apiVersion: idio.dev/v1",
      "name: shop",
      "environment: development",
      "region: eu-west-1",
      "domain: shop.example.com",
      `dns: { zone: ${zone} }`,
      "tiers:",
      "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
      "  - { name: site, type: static-site, expectedRps: 5, dataSizeGb: 1 }",
      "  - { name: jobs, type: worker }",
      "",
    ].join("\n"),
    { fileName: "intent.yaml", today: "2026-11-21" },
  );
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return renderPlanSummary(result.plan!, result.tiers!);
}

function urlBlock(text: string): string[] {
  const lines = text.split("\n");
  const start = lines.indexOf("URLs");
  expect(start).toBeGreaterThan(0);
  return lines.slice(start, lines.indexOf("", start));
}

describe("idio plan summary: URLs", () => {
  it.each(["create", "Z0123456789ABCDEFGHIJ", "external"])(
    "prints each public tier's URL, none for the worker (zone %s)",
    (zone) => {
      expect(urlBlock(summary(zone))).toEqual([
        "URLs",
        "  web   https://shop.example.com",
        "  site  https://site.shop.example.com",
      ]);
    },
  );

  it("prints no URL block without a domain", () => {
    const result = plan(
      [
        "apiVersion: idio.dev/v1",
        "name: jobs",
        "environment: development",
        "region: eu-west-1",
        "tiers:",
        "  - { name: work, type: worker }",
        "",
      ].join("\n"),
      { fileName: "intent.yaml" },
    );
    expect(renderPlanSummary(result.plan!, result.tiers!).split("\n")).not.toContain("URLs");
  });

  it("prints where a tier without a domain will answer: CloudFront's name, in an output after apply", () => {
    const result = plan(
      [
        "apiVersion: idio.dev/v1",
        "name: shop",
        "environment: production",
        "tiers:",
        "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20 }",
        "",
      ].join("\n"),
      { fileName: "intent.yaml" },
    );
    expect(urlBlock(renderPlanSummary(result.plan!, result.tiers!))).toEqual([
      "URLs",
      "  web  https://<id>.cloudfront.net (after apply: terraform output web_distribution_url)",
    ]);
  });

  it("prints the recovery strategy chosen from the targets", () => {
    const result = plan(
      [
        "apiVersion: idio.dev/v1",
        "name: shop",
        "environment: production",
        'availability: "99.99"',
        "tiers:",
        "  - { name: web, type: web, trafficPattern: steady, expectedRps: 20, connectsTo: [db] }",
        "  - { name: db, type: database, dataSizeGb: 20 }",
        "disasterRecovery: { rtoMinutes: 45, rpoMinutes: 5, crossRegionReplication: true, drRegion: us-west-2 }",
        "",
      ].join("\n"),
      { fileName: "intent.yaml" },
    );
    const lines = renderPlanSummary(result.plan!, result.tiers!).split("\n");
    expect(lines.filter((line) => line.startsWith("Recovery"))).toEqual([
      "Recovery  pilot light: RTO 45 min, RPO 5 min, recovery region us-west-2; failover steps in runbook.md",
    ]);
  });

  it("names the serving regions of an active-active plan instead of a recovery region", () => {
    const text = readFileSync(
      new URL("../../../examples/global-three-region/intent.yaml", import.meta.url),
      "utf8",
    );
    const result = plan(text, { fileName: "intent.yaml" });
    const lines = renderPlanSummary(result.plan!, result.tiers!).split("\n");
    expect(lines.filter((line) => line.startsWith("Recovery"))).toEqual([
      "Recovery  multi-site active/active: RTO 5 min, RPO 1 min, serving from us-east-1, us-west-2, eu-west-1; failover steps in runbook.md",
    ]);
  });
});
