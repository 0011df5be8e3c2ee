import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expectGolden } from "@idio-iac/testing";
import { plan } from "idio-iac";
import { describe, expect, it } from "vitest";
import { renderRunbook } from "./runbook.js";

/**
 * Golden runbooks: examples/<name>/golden/runbook.md for examples with
 * different recovery strategies. Regenerate after an intended change with
 *   IDIO_UPDATE_GOLDEN=1 npx vitest run packages/cli/src/output/runbook.golden.test.ts
 */
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

function runbookOf(path: string): string {
  const result = plan(readFileSync(`${ROOT}${path}/intent.yaml`, "utf8"), {
    fileName: `${path}/intent.yaml`,
    today: "2026-11-21",
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return renderRunbook(result.plan!);
}

describe("recovery runbooks", () => {
  it.each([
    ["examples/ecommerce-platform", "Pilot light"],
    ["examples/healthcare-hipaa", "Pilot light"],
    ["examples/startup-mvp", "Backup and restore"],
    ["fixtures/every-kind/global", "Warm standby"],
    ["examples/global-three-region", "Multi-site active/active"],
  ])("%s/golden/runbook.md is current (%s)", (path, strategy) => {
    const text = runbookOf(path);
    expect(text).toContain(`Strategy: **${strategy}**`);
    expectGolden(`${ROOT}${path}/golden/runbook.md`, text);
  });

  it("promotes the Aurora secondary and scales the standby by their real names", () => {
    const text = runbookOf("fixtures/every-kind/global");
    expect(text).toContain(
      "aws rds failover-global-cluster --region eu-central-1 --global-cluster-identifier kitchen-prod-db-global",
    );
    expect(text).toContain(
      "aws ecs update-service --region eu-central-1 --cluster kitchen-prod-cluster-dr --service kitchen-prod-web-dr --desired-count 6",
    );
  });

  it("restores from backups when the strategy is backup and restore", () => {
    const text = runbookOf("examples/startup-mvp");
    expect(text).toContain(
      "aws rds restore-db-instance-to-point-in-time --region us-east-2 --source-db-instance-identifier taskly-dev-db",
    );
    expect(text).not.toContain("failover-global-cluster");
  });
});
