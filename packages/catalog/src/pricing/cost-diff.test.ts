import { describe, expect, it } from "vitest";
import { diffCost } from "./cost-diff.js";
import type { CostReport } from "./cost-report.js";

function report(lines: [resource: string, service: string, micros: number][]): CostReport {
  return {
    lineItems: lines.map(([resource, service, monthlyMicros]) => ({
      resource,
      service,
      monthlyMicros,
    })),
  } as unknown as CostReport;
}

describe("diffCost", () => {
  it("reports added, removed and changed resources, biggest change first, exactly", () => {
    const before = report([
      ["api.service", "AWS Fargate", 100_000_000],
      ["db.instance", "Amazon RDS", 50_000_000],
      ["old.queue", "Amazon SQS", 1_000_000],
    ]);
    const after = report([
      ["api.service", "AWS Fargate", 160_000_000],
      ["db.instance", "Amazon RDS", 50_000_000],
      ["cache.replication-group", "Amazon ElastiCache", 20_000_001],
    ]);
    const diff = diffCost(before, after);
    expect(diff).toMatchObject({
      beforeUsd: 151,
      afterUsd: 230.000001,
      deltaUsd: 79.000001,
      deltaPercent: 52.3,
    });
    expect(diff.resources).toEqual([
      { name: "api.service", status: "changed", beforeUsd: 100, afterUsd: 160, deltaUsd: 60 },
      {
        name: "cache.replication-group",
        status: "added",
        beforeUsd: 0,
        afterUsd: 20.000001,
        deltaUsd: 20.000001,
      },
      { name: "old.queue", status: "removed", beforeUsd: 1, afterUsd: 0, deltaUsd: -1 },
    ]);
    expect(diff.services.map((change) => change.name)).toEqual([
      "AWS Fargate",
      "Amazon ElastiCache",
      "Amazon SQS",
    ]);
  });

  it("is empty between a report and itself", () => {
    const same = report([["a", "s", 5]]);
    expect(diffCost(same, same)).toMatchObject({
      deltaUsd: 0,
      deltaPercent: 0,
      resources: [],
      services: [],
    });
  });
});
