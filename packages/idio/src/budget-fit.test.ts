import { describe, expect, it } from "vitest";
import { plan } from "./plan.js";

/** The design's startup scenario: web on EC2 2-5, Postgres, static assets, production, $200/month. */
const STARTUP = `name: startup
environment: production
tiers:
  - { type: web, compute: ec2, scaling: { min: 2, max: 5 } }
  - { type: database, engine: postgres }
  - { type: static-site }
cost: { monthlyBudgetUsd: 200 }
`;

const CHOICES =
  "1 shared NAT gateway instead of 2; database: db.t4g.small instead of db.m7g.large; web: t3.small instead of m7i.large";

function planned(text: string) {
  const result = plan(text, { fileName: "startup.yaml" });
  if (result.plan === undefined) throw new Error(JSON.stringify(result.diagnostics));
  return { ...result, plan: result.plan };
}

const node = (result: ReturnType<typeof planned>, id: string) =>
  result.plan.graph.nodes.find((n) => n.id === id)!;

describe("budget fitting: the startup scenario", () => {
  it("with its traffic stated, fits $200 on burstable classes and one NAT gateway, each choice explained", () => {
    const result = planned(`${STARTUP}usage: { dataTransferOutGbPerMonth: 100 }\n`);
    expect(result.plan.cost!.monthlyUsd).toBeLessThanOrEqual(200);
    // About $180 (the design says about $195 with its own traffic figures).
    expect(result.plan.cost!.monthlyUsd).toBeGreaterThan(170);
    expect(result.tiers!.map((t) => [t.name, t.size])).toEqual([
      ["web", "t3.small"],
      ["database", "db.t4g.small"],
      ["static-site", undefined],
    ]);
    expect(result.diagnostics.map((d) => d.code)).not.toContain("IDIO427");
    expect(node(result, "database.instance").reason.calculation).toContain(
      "budget $200/month (cost.monthlyBudgetUsd): burstable Graviton db.t4g.small instead of db.m7g.large for a small load: db.t4g.small costs 0.19 x db.m7g.large per hour, so 2 instances save 81% of their hours (1 - 0.19); it earns CPU credits below its baseline and bursts (unlimited mode) above it; AWS supports it for Multi-AZ RDS PostgreSQL and MySQL",
    );
    expect(node(result, "database.instance").reason.pointers).toContain("/cost/monthlyBudgetUsd");
    expect(
      node(result, "web.asg").reason.calculation.some((line) =>
        line.startsWith(
          "budget $200/month (cost.monthlyBudgetUsd): burstable t3.small (2 vCPU, 2 GiB) instead of m7i.large for a small load: t3.small costs 0.206 x m7i.large per hour",
        ),
      ),
    ).toBe(true);
    const nats = result.plan.graph.nodes.filter((n) => n.kind === "aws.ec2.nat_gateway");
    expect(nats.map((n) => n.id)).toEqual(["network.nat.a"]);
    expect(nats[0]!.reason.calculation[0]).toBe(
      "budget $200/month (cost.monthlyBudgetUsd) and availability 99.9 (below 99.95): 1 shared NAT gateway instead of 2 saves 1 of 2 gateway-hours and public IPv4 addresses (50%); an AZ outage cuts egress for the other AZs until it returns",
    );
  });

  it("as written, says precisely why it cannot fit: the choices, the requirement that drives the cost, the assumed traffic", () => {
    const result = planned(STARTUP);
    const total = result.plan.cost!.monthlyUsd;
    expect(total).toBeGreaterThan(200);
    const unmet = result.diagnostics.filter((d) => d.code === "IDIO427");
    expect(unmet.map((d) => [d.line, d.path])).toEqual([[2, "/environment"]]);
    const money = String.raw`\$\d+\.\d\d`;
    expect(unmet[0]!.message).toMatch(
      new RegExp(
        `^Estimated \\$${total.toFixed(2)}/month is over the \\$200\\.00 budget even with the cheapest choices that meet the intent's targets \\(${CHOICES}\\)\\. environment production drives the cost: it costs ${money} more than staging\\. ${money} of it is data transfer out estimated from assumed request rates \\(no expectedRps or usage\\.dataTransferOutGbPerMonth\\)\\.$`,
      ),
    );
    expect(unmet[0]!.hint).toBe(
      `Raise cost.monthlyBudgetUsd to at least $${Math.ceil(total)}.00, or relax environment production; state expectedRps or usage.dataTransferOutGbPerMonth if traffic is lower than assumed.`,
    );
  });

  it("names what 99.99 costs over 99.95 when availability drives the cost", () => {
    const result = planned(
      STARTUP.replace("environment: production", 'environment: production\navailability: "99.99"'),
    );
    const unmet = result.diagnostics.find((d) => d.code === "IDIO427")!;
    expect(unmet.path).toBe("/availability");
    expect(unmet.message).toMatch(
      /availability 99\.99 drives the cost: it costs \$\d+\.\d\d more than 99\.95\./,
    );
  });

  it("keeps an explicit size and compute choice, and one NAT gateway per AZ from 99.95", () => {
    const result = planned(
      STARTUP.replace(
        "{ type: web, compute: ec2, scaling: { min: 2, max: 5 } }",
        "{ type: web, compute: ec2, cpu: 2, memoryMb: 8192, scaling: { min: 2, max: 5 } }",
      ).replace("environment: production", 'environment: production\navailability: "99.95"'),
    );
    expect(result.tiers![0]!.size).toBe("m7i.large");
    expect(result.tiers![0]!.compute).toMatchObject({ service: "ec2" });
    expect(
      result.plan.graph.nodes.filter((n) => n.kind === "aws.ec2.nat_gateway").map((n) => n.id),
    ).toEqual(["network.nat.a", "network.nat.b"]);
  });

  it("without a budget, production keeps general-purpose classes", () => {
    const result = planned(STARTUP.replace("cost: { monthlyBudgetUsd: 200 }\n", ""));
    expect(result.tiers!.map((t) => t.size)).toEqual(["m7i.large", "db.m7g.large", undefined]);
  });
});
