import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { usageFromIntent, SECONDS_PER_MONTH } from "./usage.js";

function intentOf(yaml: string) {
  const result = parseIntent(yaml, "intent.yaml");
  if (!result.intent) throw new Error(JSON.stringify(result.diagnostics));
  return result.intent;
}

const YAML = `apiVersion: idio.dev/v1
name: shop
environment: production
tiers:
  - { name: web, type: web, expectedRps: 100, trafficPattern: seasonal, connectsTo: [api] }
  - { name: api, type: api, expectedRps: 50, connectsTo: [db, jobs, files] }
  - { name: db, type: database, dataSizeGb: 200 }
  - { name: jobs, type: queue }
  - { name: files, type: storage, dataSizeGb: 1000 }
  - { name: worker, type: worker, connectsTo: [jobs] }
`;

describe("usageFromIntent", () => {
  const usage = usageFromIntent(intentOf(YAML));

  it("turns peak rps into monthly requests with the pattern's average-to-peak ratio", () => {
    expect(usage.tiers.web?.requestsPerMonth).toBe(100 * 0.4 * SECONDS_PER_MONTH);
    expect(usage.tiers.api?.requestsPerMonth).toBe(50 * 0.6 * SECONDS_PER_MONTH);
    expect(usage.tiers.web?.public).toBe(true);
    expect(usage.tiers.api?.public).toBe(false);
  });

  it("derives a data tier's load from the tiers that connect to it", () => {
    expect(usage.tiers.db).toMatchObject({
      peakRpsSource: "callers",
      callers: ["api"],
      peakRps: 50,
    });
    expect(usage.tiers.db?.requestsPerMonth).toBe(50 * 0.6 * SECONDS_PER_MONTH);
    // one in ten requests sends a message
    expect(usage.tiers.jobs?.requestsPerMonth).toBeCloseTo(5 * 0.6 * SECONDS_PER_MONTH, 3);
  });

  it("falls back to the stated default for a tier nothing informs", () => {
    expect(usage.tiers.worker).toMatchObject({ peakRpsSource: "default", peakRps: 5 });
  });

  it("derives transfer and log volumes when the intent gives none, and takes them when it does", () => {
    expect(usage.dataTransferOutSource).toBe("derived");
    expect(usage.dataTransferOutGbPerMonth).toBeCloseTo(
      (100 * 0.4 * SECONDS_PER_MONTH * 30) / 1e6,
      6,
    );
    const given = usageFromIntent(
      intentOf(`${YAML}usage: { dataTransferOutGbPerMonth: 42, logIngestionGbPerMonth: 7 }\n`),
    );
    expect(given).toMatchObject({
      dataTransferOutGbPerMonth: 42,
      dataTransferOutSource: "intent",
      logIngestionGbPerMonth: 7,
      logIngestionSource: "intent",
    });
  });
});
