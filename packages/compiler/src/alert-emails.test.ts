import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { uniqueSlugs } from "./ids.js";
import { baseDocument, resolveIntent } from "./test-support/intents.js";

function compileWithEmails(alertEmails: string[]) {
  const intent = resolveIntent(
    baseDocument({
      cost: { monthlyBudgetUsd: 1000, alertEmails },
    }),
  );
  const result = compile(intent);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.graph!;
}

describe("alert e-mail subscriptions", () => {
  it("subscribes addresses that differ only in case once, under the first spelling", () => {
    const graph = compileWithEmails(["Ops@Example.com", "ops@example.com", "dev@example.com"]);
    const subscriptions = graph.nodes.filter((n) => n.kind === "aws.sns.subscription");
    expect(subscriptions.map((n) => [n.id, n.props.endpoint])).toEqual([
      ["ops.alarms.subscription.dev-at-example-com", "dev@example.com"],
      ["ops.alarms.subscription.ops-at-example-com", "Ops@Example.com"],
    ]);
    const budget = graph.nodes.find((n) => n.kind === "aws.budgets.budget")!;
    expect(budget.props.notifications[0]!.subscriberEmails).toEqual([
      "Ops@Example.com",
      "dev@example.com",
    ]);
  });

  it("gives addresses that differ in punctuation their own, stable ids", () => {
    const graph = compileWithEmails(["a.b@example.com", "a-b@example.com", "a+b@example.com"]);
    const ids = graph.nodes
      .filter((n) => n.kind === "aws.sns.subscription")
      .map((n) => [String(n.props.endpoint), n.id] as const);
    expect(ids).toHaveLength(3);
    expect(new Set(ids.map(([, id]) => id)).size).toBe(3);
    // The id does not depend on the order of the list.
    const reversed = compileWithEmails(["a+b@example.com", "a-b@example.com", "a.b@example.com"]);
    const reversedIds = reversed.nodes
      .filter((n) => n.kind === "aws.sns.subscription")
      .map((n) => [String(n.props.endpoint), n.id] as const);
    expect(new Map(reversedIds)).toEqual(new Map(ids));
  });
});

describe("uniqueSlugs", () => {
  it("keeps a plain slug when there is no collision and fingerprints colliding ones", () => {
    expect(uniqueSlugs(["ops@x.com", "a.b@x.com", "a_b@x.com"])).toEqual([
      "ops-at-x-com",
      "a-b-at-x-com-1abf48df",
      "a-b-at-x-com-a403fa46",
    ]);
  });
});
