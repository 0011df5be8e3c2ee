import { describe, expect, it } from "vitest";
import { budgetVerdict } from "./budget.js";

describe("budgetVerdict", () => {
  const budget = { monthlyBudgetUsd: 200, alertThreshold: 80 };

  it("is within below the alert threshold", () => {
    expect(budgetVerdict(159_990_000, budget)).toMatchObject({
      status: "within",
      percentOfBudget: 80,
      overByUsd: 0,
    });
  });

  it("is over the alert threshold from exactly the threshold up to the limit", () => {
    expect(budgetVerdict(160_000_000, budget).status).toBe("over-alert-threshold");
    expect(budgetVerdict(200_000_000, budget).status).toBe("over-alert-threshold");
  });

  it("is over budget above the limit, with the gap", () => {
    expect(budgetVerdict(200_000_001, budget)).toMatchObject({
      status: "over-budget",
      overByUsd: 0.000001,
    });
  });

  it("says there is no budget when the intent sets none", () => {
    expect(budgetVerdict(1, undefined)).toMatchObject({ status: "no-budget", limitUsd: null });
  });

  it("is unknown when the estimate is incomplete, at any lower bound up to the limit", () => {
    expect(budgetVerdict(0, budget, false)).toMatchObject({ status: "unknown", overByUsd: 0 });
    expect(budgetVerdict(170_000_000, budget, false).status).toBe("unknown");
    expect(budgetVerdict(200_000_000, budget, false).status).toBe("unknown");
  });

  it("is over budget when even the incomplete estimate is over the limit", () => {
    expect(budgetVerdict(200_000_001, budget, false)).toMatchObject({
      status: "over-budget",
      overByUsd: 0.000001,
    });
  });

  it("has no budget to be unknown against when the intent sets none", () => {
    expect(budgetVerdict(0, undefined, false).status).toBe("no-budget");
  });
});
