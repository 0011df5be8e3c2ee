import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK, priceIndex } from "@idio-iac/catalog";
import { PRICE_QUERIES } from "./price-queries.js";
import { firstTierRate, normaliseUsd, parsePriceListItem } from "./price-list-item.js";
import { refreshPriceBook } from "./refresh-price-book.js";
import {
  mockPricingClient,
  recorded,
  type RecordedCall,
} from "./test-support/mock-pricing-client.js";

function answer(call: RecordedCall): string | undefined {
  const region = call.body.Filters.find((filter) => filter.Field === "regionCode")?.Value;
  if (region !== "us-east-1") return undefined;
  const family = call.body.Filters.find((filter) => filter.Field === "productFamily")?.Value;
  if (call.body.ServiceCode === "AmazonECS")
    return recorded(call.body.NextToken ? "ecs-page-2" : "ecs-page-1");
  if (call.body.ServiceCode === "AmazonRDS" && family === "Database Instance")
    return recorded("rds");
  if (call.body.ServiceCode === "AmazonEC2" && family === "NAT Gateway") return recorded("nat");
  if (
    call.body.ServiceCode === "AWSLambda" &&
    call.body.Filters.some((f) => f.Value === "AWS-Lambda-Duration-ARM")
  )
    return recorded("lambda-arm");
  return undefined;
}

describe("idio prices refresh against recorded GetProducts responses (recorded 2026-11-14)", () => {
  it("sends GetProducts with TERM_MATCH filters and follows NextToken", async () => {
    const { client, calls } = mockPricingClient(answer);
    const queries = PRICE_QUERIES.filter((query) => query.product === "fargate-vcpu-hours");
    await refreshPriceBook({
      client,
      regions: ["us-east-1"],
      base: EMBEDDED_PRICE_BOOK,
      today: "2026-11-21",
      queries,
    });
    expect(calls.map((call) => call.target)).toEqual([
      "AWSPriceListService.GetProducts",
      "AWSPriceListService.GetProducts",
      "AWSPriceListService.GetProducts",
      "AWSPriceListService.GetProducts",
    ]);
    expect(calls[0]?.body).toEqual({
      ServiceCode: "AmazonECS",
      Filters: [{ Type: "TERM_MATCH", Field: "regionCode", Value: "us-east-1" }],
      FormatVersion: "aws_v1",
      MaxResults: 100,
    });
    expect(calls[1]?.body.NextToken).toBe("eyJuZXh0IjoyfQ==");
  });

  it("replaces the rows the API answers, with their SKU and offer term, and keeps the others", async () => {
    const { client } = mockPricingClient(answer);
    const result = await refreshPriceBook({
      client,
      regions: ["us-east-1"],
      base: EMBEDDED_PRICE_BOOK,
      today: "2026-11-21",
    });
    const index = priceIndex(result.book);
    const arm = index.find({
      product: "fargate-vcpu-hours",
      region: "us-east-1",
      attributes: { cpuArchitecture: "ARM64" },
    });
    expect(arm).toMatchObject({
      usd: "0.03238",
      source: {
        kind: "price-list-api",
        serviceCode: "AmazonECS",
        sku: "3QH2XHMGJ4N8M9TK",
        offerTermCode: "JRTCKXETXF",
        publicationDate: "2026-11-14T18:35:05Z",
        retrieved: "2026-11-21",
      },
    });
    expect(
      index.find({
        product: "rds-instance-hours",
        region: "us-east-1",
        attributes: { engine: "postgres", instanceClass: "db.m7g.large", deployment: "Multi-AZ" },
      })?.usd,
    ).toBe("0.336");
    expect(
      index.find({
        product: "aurora-instance-hours",
        region: "us-east-1",
        attributes: { engine: "aurora-postgresql", instanceClass: "db.r7g.large" },
      })?.source.kind,
    ).toBe("price-list-api");
    expect(
      index.find({ product: "nat-gateway-data-gb", region: "us-east-1" })?.source,
    ).toMatchObject({ sku: "Q9PTZ2FRZF8VX4HQ" });
    // The Windows Fargate product and SQL Server are not IDIO's; nothing was invented for them.
    expect(
      result.book.prices.some((price) => JSON.stringify(price).includes("WXCXEAPUXHWVSJWR")),
    ).toBe(false);
    expect(
      result.book.prices.some((price) => JSON.stringify(price).includes("N8ZXP8P4WFEV6ZTT")),
    ).toBe(false);
    // Unanswered queries keep the embedded rows and are reported.
    expect(index.find({ product: "alb-hours", region: "us-east-1" })?.source.kind).toBe(
      "pricing-page",
    );
    expect(result.empty).toContain("alb-hours in us-east-1");
    expect(result.fetched).toBe(9);
    expect(result.book.prices.length).toBe(EMBEDDED_PRICE_BOOK.prices.length);
  });

  it("takes the first tier of a tiered price", async () => {
    const { client } = mockPricingClient(answer);
    const result = await refreshPriceBook({
      client,
      regions: ["us-east-1"],
      base: EMBEDDED_PRICE_BOOK,
      today: "2026-11-21",
    });
    expect(
      priceIndex(result.book).find({
        product: "lambda-duration-gb-seconds",
        region: "us-east-1",
        attributes: { architecture: "arm64" },
      })?.usd,
    ).toBe("0.0000133334");
  });

  it("adds a region the embedded book lacks", async () => {
    const { client } = mockPricingClient((call) =>
      call.body.ServiceCode === "AmazonEC2" &&
      call.body.Filters.some((f) => f.Value === "ap-southeast-2")
        ? recorded("nat").replaceAll(
            '\\"regionCode\\":\\"us-east-1\\"',
            '\\"regionCode\\":\\"ap-southeast-2\\"',
          )
        : undefined,
    );
    const result = await refreshPriceBook({
      client,
      regions: ["ap-southeast-2"],
      base: EMBEDDED_PRICE_BOOK,
      today: "2026-11-21",
    });
    expect(result.book.regions).toContain("ap-southeast-2");
    expect(
      priceIndex(result.book).find({ product: "nat-gateway-hours", region: "ap-southeast-2" })?.usd,
    ).toBe("0.045");
  });

  it("rejects on an API error (throttling, missing credentials) instead of returning a partial book", async () => {
    const { client } = mockPricingClient(
      () => '{"__type":"ThrottlingException","message":"Rate exceeded"}',
    );
    await expect(
      refreshPriceBook({
        client,
        regions: ["us-east-1"],
        base: EMBEDDED_PRICE_BOOK,
        today: "2026-11-21",
        queries: PRICE_QUERIES.slice(0, 1),
      }),
    ).rejects.toMatchObject({
      name: "RefreshError",
      code: "IDIO608",
      cause: { name: "ThrottlingException" },
    });
  });
});

describe("Price List items", () => {
  it("parse the product, attributes and on-demand rates", () => {
    const page = JSON.parse(recorded("ecs-page-1")) as { PriceList: string[] };
    const item = parsePriceListItem(page.PriceList[0]!);
    expect(item).toMatchObject({
      sku: "8CESGAFWKAJ98PME",
      serviceCode: "AmazonECS",
      attributes: { usagetype: "USE1-Fargate-vCPU-Hours:perCPU" },
    });
    expect(item && firstTierRate(item)).toMatchObject({
      usd: "0.0404800000",
      unit: "hours",
      offerTermCode: "JRTCKXETXF",
    });
    expect(parsePriceListItem("not json")).toBeUndefined();
  });

  it("normalise prices exactly", () => {
    expect(normaliseUsd("0.0404800000")).toBe("0.04048");
    expect(normaliseUsd("1.0000000000")).toBe("1");
    expect(normaliseUsd("0.0000133334")).toBe("0.0000133334");
    expect(normaliseUsd("0012.50")).toBe("12.5");
  });

  it("write exponent notation as a plain decimal, exactly", () => {
    expect(normaliseUsd("1E-7")).toBe("0.0000001");
    expect(normaliseUsd("1.5e-7")).toBe("0.00000015");
    expect(normaliseUsd("4.048E-2")).toBe("0.04048");
    expect(normaliseUsd("2.5E+3")).toBe("2500");
    expect(normaliseUsd("1.23456E2")).toBe("123.456");
    expect(normaliseUsd("0E-10")).toBe("0");
    // Beyond the price book's 12 decimals or 15 whole digits there is no faithful price.
    expect(normaliseUsd("1E-13")).toBeUndefined();
    expect(normaliseUsd("1E+15")).toBeUndefined();
    expect(normaliseUsd("-1")).toBeUndefined();
    expect(normaliseUsd("0x10")).toBeUndefined();
    expect(normaliseUsd("1e")).toBeUndefined();
  });
});
