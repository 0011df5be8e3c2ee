import { ref, type GraphNode } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { estimateCost } from "./estimate-cost.js";
import {
  fargateService,
  graphOf,
  natGateway,
  node,
  rdsInstance,
  usageOf,
} from "./test-support/graphs.js";

const book = EMBEDDED_PRICE_BOOK;

describe("estimateCost on hand-built graphs (prices of 2026-11-21, us-east-1)", () => {
  it("prices a steady Fargate service at its task count: 2 x (1 vCPU, 2 GB, ARM64)", () => {
    const graph = graphOf(
      fargateService("api", { cpu: 1024, memory: 2048, arch: "ARM64", min: 2, max: 2 }),
    );
    const estimate = estimateCost(graph, book, usageOf([{ name: "api", type: "api", rps: 10 }]));
    const vcpu = estimate.lineItems.find((item) => item.component.startsWith("Fargate vCPU"));
    const memory = estimate.lineItems.find((item) => item.component.startsWith("Fargate memory"));
    // 2 tasks x 1 vCPU x 730 h x $0.03238 = $47.2748; 2 x 2 GB x 730 h x $0.00356 = $10.3952
    expect(vcpu).toMatchObject({
      quantity: 1460,
      unitPriceUsd: "0.03238",
      monthlyMicros: 47_274_800,
    });
    expect(memory).toMatchObject({
      quantity: 2920,
      unitPriceUsd: "0.00356",
      monthlyMicros: 10_395_200,
    });
    expect(estimate.monthlyMicros).toBe(57_670_000);
    expect(estimate.byTier).toEqual([
      { name: "api", monthlyMicros: 57_670_000, monthlyUsd: 57.67 },
    ]);
    expect(estimate.byService).toEqual([
      { name: "AWS Fargate", monthlyMicros: 57_670_000, monthlyUsd: 57.67 },
    ]);
  });

  it("adds autoscaling headroom by traffic pattern: seasonal uses 10% of (max - min)", () => {
    const graph = graphOf(
      fargateService("web", { cpu: 1024, memory: 2048, arch: "X86_64", min: 10, max: 100 }),
    );
    const estimate = estimateCost(
      graph,
      book,
      usageOf([{ name: "web", type: "web", rps: 800, pattern: "seasonal" }]),
    );
    const vcpu = estimate.lineItems.find((item) => item.component.startsWith("Fargate vCPU"));
    // 10 + 90 x 0.1 = 19 tasks x 730 h = 13,870 vCPU-hours x $0.04048
    expect(vcpu).toMatchObject({ quantity: 13_870, monthlyMicros: 561_457_600 });
    expect(vcpu?.baselineShare).toBeCloseTo(10 / 19, 6);
    expect(estimate.assumptions.map((assumption) => assumption.key)).toContain(
      "scaleOutShare.seasonal",
    );
  });

  // AWS's Multi-AZ rate, not twice Single-AZ ($0.168): the two are priced apart.
  it("prices a Multi-AZ RDS instance at its Multi-AZ rate, with storage and backups", () => {
    const graph = graphOf([
      rdsInstance("db", {
        instanceClass: "db.m7g.large",
        storageGb: 100,
        multiAz: true,
        backupDays: 30,
      }),
    ]);
    const estimate = estimateCost(
      graph,
      book,
      usageOf([{ name: "db", type: "database", dataSizeGb: 80 }]),
    );
    const byComponent = Object.fromEntries(
      estimate.lineItems.map((item) => [item.component.split(" (")[0], item]),
    );
    expect(byComponent["RDS postgres db.m7g.large"]).toMatchObject({
      unitPriceUsd: "0.337",
      monthlyMicros: 246_010_000,
    });
    expect(byComponent["RDS gp3 storage"]).toMatchObject({
      unitPriceUsd: "0.23",
      quantity: 100,
      monthlyMicros: 23_000_000,
    });
    // 100 GB x 1%/day x 30 days = 30 GB beyond the free allowance x $0.095
    expect(byComponent["Automated backups beyond the free allowance"]).toMatchObject({
      quantity: 30,
      monthlyMicros: 2_850_000,
    });
  });

  it("prices each NAT gateway's hours and its public IPv4 address", () => {
    const estimate = estimateCost(graphOf([...natGateway(0), ...natGateway(1)]), book, usageOf([]));
    const hours = estimate.lineItems.filter((item) => item.component === "NAT gateway hours");
    const ips = estimate.lineItems.filter((item) => item.component === "Public IPv4 address");
    expect(hours).toHaveLength(2);
    expect(hours[0]).toMatchObject({ quantity: 730, monthlyMicros: 32_850_000 });
    expect(ips[0]).toMatchObject({ quantity: 730, monthlyMicros: 3_650_000 });
  });

  it("warns, with the refresh command, when the region is not in the book, and never throws", () => {
    const graph = graphOf(
      fargateService("api", { cpu: 512, memory: 1024, arch: "ARM64", min: 1, max: 1 }),
      "ap-southeast-4",
    );
    const estimate = estimateCost(graph, book, usageOf([{ name: "api", type: "api" }]), {
      file: "intent.yaml",
    });
    expect(estimate.monthlyMicros).toBe(0);
    expect(estimate.unpriced).toHaveLength(2);
    expect(estimate.diagnostics).toEqual([
      expect.objectContaining({
        code: "IDIO601",
        severity: "warning",
        file: "intent.yaml",
        path: "/region",
        hint: expect.stringContaining("idio prices refresh --regions ap-southeast-4"),
      }),
    ]);
  });

  it("points IDIO601 at where the intent names the unpriced region", () => {
    const api = fargateService("api", { cpu: 512, memory: 1024, arch: "ARM64", min: 1, max: 1 });
    const served = api.map(
      (item) => ({ ...item, id: `tokyo.${item.id}`, region: "ap-northeast-1" }) as GraphNode,
    );
    const graph = {
      ...graphOf([...api, ...served], "us-east-1"),
      regions: ["eu-west-2", "ap-northeast-1"],
    };
    const estimate = estimateCost(graph, book, usageOf([{ name: "api", type: "api" }]));
    expect(estimate.diagnostics.map((item) => [item.code, item.path])).toEqual([
      ["IDIO601", "/regions/1"],
    ]);
  });

  it("explains a miss with the book's unpriced mark, which never hides a price", () => {
    const marked = {
      ...book,
      unpriced: [
        { region: "ap-southeast-4", reason: "not read from the pricing pages yet" },
        { region: "us-east-1", products: ["rds-instance-hours"], reason: "some classes only" },
      ],
    };
    const api = fargateService("api", { cpu: 512, memory: 1024, arch: "ARM64", min: 1, max: 1 });
    const away = estimateCost(
      graphOf(api, "ap-southeast-4"),
      marked,
      usageOf([{ name: "api", type: "api" }]),
    );
    expect(away.unpriced.map((item) => item.reason)).toEqual([
      "not read from the pricing pages yet",
      "not read from the pricing pages yet",
    ]);
    expect(away.diagnostics[0]?.message).toBe(
      "The embedded price book has no prices for ap-southeast-4 (marked unpriced: not read from the pricing pages yet); 2 cost components there are left out of the estimate.",
    );
    const db = (instanceClass: string) =>
      rdsInstance("db", { instanceClass, storageGb: 50, multiAz: false, backupDays: 1 });
    const usage = usageOf([{ name: "db", type: "database" }]);
    expect(estimateCost(graphOf([db("db.t4g.micro")]), marked, usage).unpriced).toEqual([]);
    const missing = estimateCost(graphOf([db("db.x2g.16xlarge")]), marked, usage);
    expect(missing.unpriced).toEqual([
      expect.objectContaining({ product: "rds-instance-hours", reason: "some classes only" }),
    ]);
    expect(missing.diagnostics[0]?.message).toContain(
      "The price book marks them unpriced (us-east-1: some classes only).",
    );
  });

  it("reports an instance class the book lacks instead of guessing", () => {
    const graph = graphOf([
      rdsInstance("db", {
        instanceClass: "db.x2g.16xlarge",
        storageGb: 50,
        multiAz: false,
        backupDays: 1,
      }),
    ]);
    const estimate = estimateCost(graph, book, usageOf([{ name: "db", type: "database" }]));
    expect(estimate.unpriced.map((item) => item.product)).toEqual(["rds-instance-hours"]);
    expect(estimate.diagnostics[0]).toMatchObject({ code: "IDIO602", severity: "warning" });
    expect(estimate.diagnostics[0]?.message).toContain("db.x2g.16xlarge");
  });

  it("charges a DR standby for what it holds, not for traffic it does not serve", () => {
    const lambda = (id: string, region: "primary" | "dr") =>
      node(
        id,
        "aws.lambda.function",
        {
          functionName: id,
          runtime: "nodejs22.x",
          handler: "index.handler",
          memorySize: 1024,
          timeoutSeconds: 10,
          architectures: ["arm64"],
          roleArn: ref("role", "arn"),
          tracing: "Active",
          environment: {},
          logGroupName: ref("logs", "name"),
          code: { placeholder: true },
        },
        { tier: "api", region },
      );
    const graph = graphOf(
      [lambda("api.function", "primary"), lambda("dr.api.function", "dr")],
      "us-east-1",
      "us-west-2",
    );
    const estimate = estimateCost(graph, book, usageOf([{ name: "api", type: "api", rps: 10 }]));
    const byResource = (id: string) =>
      estimate.lineItems
        .filter((item) => item.resource === id)
        .reduce((sum, item) => sum + item.monthlyMicros, 0);
    // 10 rps x 0.6 x 2,628,000 s = 15,768,000 requests x $0.0000002 = $3.1536; 0.1 s x 1 GB each x $0.0000133334
    expect(byResource("api.function")).toBe(3_153_600 + 21_024_105);
    expect(byResource("dr.api.function")).toBe(0);
    expect(estimate.lineItems.find((item) => item.resource === "dr.api.function")?.region).toBe(
      "us-west-2",
    );
  });

  it("prices edge nodes in us-east-1 and lets an edge web ACL inspect its distribution's requests", () => {
    const graph = graphOf(
      [
        node(
          "site.distribution",
          "aws.cloudfront.distribution",
          {
            comment: "site",
            enabled: true,
            priceClass: "PriceClass_100",
            httpVersion: "http2and3",
            origin: {
              type: "s3",
              domainName: ref("site.bucket", "regionalDomainName"),
              originAccessControlId: ref("site.oac"),
            },
            viewerProtocolPolicy: "redirect-to-https",
            minimumProtocolVersion: "TLSv1.2_2021",
            cachePolicyId: "c",
            responseHeadersPolicyId: "r",
            aliases: [],
            webAclArn: ref("edge.waf.cloudfront", "arn"),
          },
          { tier: "site" },
        ),
        node(
          "edge.waf.cloudfront",
          "aws.wafv2.web_acl",
          {
            name: "cdn",
            scope: "CLOUDFRONT",
            defaultAction: "allow",
            managedRuleGroups: [],
            rateLimitPer5Minutes: 2000,
            metricName: "cdn",
          },
          { region: "edge" },
        ),
        node(
          "edge.key",
          "aws.kms.key",
          {
            description: "k",
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            multiRegion: false,
            servicePrincipals: [],
          },
          { region: "edge" },
        ),
      ],
      "eu-central-1",
    );
    const estimate = estimateCost(
      graph,
      book,
      usageOf([{ name: "site", type: "static-site", rps: 10 }]),
    );
    const item = (resource: string, component: string) =>
      estimate.lineItems.find((i) => i.resource === resource && i.component.startsWith(component));
    expect(item("edge.key", "")?.region).toBe("us-east-1");
    const inspected = item("edge.waf.cloudfront", "Requests inspected");
    expect(inspected?.quantity).toBeGreaterThan(0);
    expect(inspected?.region).toBe("global");
  });

  it("takes explicit values for assumption keys, marks them, and warns about unused ones", () => {
    const graph = graphOf(
      fargateService("web", { cpu: 1024, memory: 2048, arch: "ARM64", min: 2, max: 12 }),
    );
    const usage = usageOf([{ name: "web", type: "web", rps: 100 }]);
    const base = estimateCost(graph, book, usage);
    const changed = estimateCost(graph, book, usage, {
      overrides: {
        "scaleOutShare.steady": 0.5,
        dataTransferOutGbPerMonth: 10,
        "tiers.wbe.requestsPerMonth": 1,
      },
    });
    // 2 + (12 - 2) x 0.5 = 7 tasks instead of 2.5
    const tasks = (estimate: typeof base) =>
      estimate.lineItems.find((item) => item.component.startsWith("Fargate vCPU"))?.quantity;
    expect(tasks(base)).toBe(2.5 * 730);
    expect(tasks(changed)).toBe(7 * 730);
    expect(changed.assumptions.find((a) => a.key === "scaleOutShare.steady")).toMatchObject({
      value: 0.5,
      source: "override",
    });
    expect(changed.assumptions.find((a) => a.key === "dataTransferOutGbPerMonth")).toMatchObject({
      value: 10,
      source: "override",
    });
    expect(changed.diagnostics).toEqual([
      expect.objectContaining({
        code: "IDIO605",
        severity: "warning",
        message: expect.stringContaining('"tiers.wbe.requestsPerMonth"'),
      }),
    ]);
    expect(changed.diagnostics[0]?.hint).toContain("tiers.web.requestsPerMonth");
  });
});
