import { afterEach, describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK, priceIndex } from "@idio-iac/catalog";
import { PRICE_QUERIES } from "./price-queries.js";
import { createPricingClient, type PricingClientOptions } from "./pricing-client.js";
import { refreshPriceBook } from "./refresh-price-book.js";
import { RefreshError } from "./refresh-error.js";
import { recorded } from "./test-support/mock-pricing-client.js";
import {
  apiError,
  startPricingApiServer,
  TEST_CREDENTIALS,
  type PricingApiServer,
  type PricingReply,
} from "./test-support/pricing-api-server.js";

const FARGATE = PRICE_QUERIES.filter((query) => query.product === "fargate-vcpu-hours");
let server: PricingApiServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function refreshAgainst(
  answer: (call: PricingApiServer["calls"][number], index: number) => PricingReply | undefined,
  options: { client?: PricingClientOptions; maxPages?: number } = {},
) {
  server = await startPricingApiServer(answer);
  const client = await createPricingClient({
    endpoint: server.endpoint,
    credentials: TEST_CREDENTIALS,
    retryBaseDelayMs: 1,
    ...options.client,
  });
  return refreshPriceBook({
    client,
    regions: ["us-east-1"],
    base: EMBEDDED_PRICE_BOOK,
    today: "2026-11-21",
    queries: FARGATE.slice(0, 1),
    ...(options.maxPages === undefined ? {} : { maxPages: options.maxPages }),
  });
}

const ecsPages = (call: PricingApiServer["calls"][number]): PricingReply => ({
  body: recorded(call.body.NextToken ? "ecs-page-2" : "ecs-page-1"),
});

describe("idio prices refresh over HTTP (loopback Price List API, recorded response shapes)", () => {
  it("follows NextToken over real HTTP and signs each request as GetProducts", async () => {
    const result = await refreshAgainst(ecsPages);
    expect(server?.calls.map((call) => [call.target, call.body.NextToken])).toEqual([
      ["AWSPriceListService.GetProducts", undefined],
      ["AWSPriceListService.GetProducts", "eyJuZXh0IjoyfQ=="],
    ]);
    expect(
      priceIndex(result.book).find({
        product: "fargate-vcpu-hours",
        region: "us-east-1",
        attributes: { cpuArchitecture: "X86_64" },
      })?.usd,
    ).toBe("0.04048");
  });

  it("gives up on a server that never answers after the request timeout, each attempt counted", async () => {
    const error = await refreshAgainst(() => "hang", {
      client: { requestTimeoutMs: 150, maxAttempts: 2 },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RefreshError);
    expect(error).toMatchObject({ code: "IDIO606" });
    expect((error as Error).message).toContain(
      "the Price List API did not answer fargate-vcpu-hours in us-east-1 (page 1) within the request timeout",
    );
    expect((error as RefreshError).hint).toContain("--request-timeout");
    expect(server?.calls).toHaveLength(2);
  });

  it("stops when the same NextToken comes back (instead of looping forever)", async () => {
    const error = await refreshAgainst(() => ({
      body: recorded("ecs-page-1"), // always NextToken eyJuZXh0IjoyfQ==
    })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "IDIO607" });
    expect((error as Error).message).toBe(
      "the Price List API sent the same page token twice for fargate-vcpu-hours in us-east-1 (page 2); stopped instead of looping.",
    );
    expect(server?.calls).toHaveLength(2);
  });

  it("stops after maxPages pages of ever-new tokens", async () => {
    const error = await refreshAgainst(
      (_call, index) => ({
        body: recorded("ecs-page-1").replace("eyJuZXh0IjoyfQ==", `token-${index}`),
      }),
      { maxPages: 5 },
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "IDIO607" });
    expect((error as Error).message).toContain("in more than 5 pages");
    expect(server?.calls).toHaveLength(5);
  });

  it("retries a 503 and a ThrottlingException, then succeeds", async () => {
    const result = await refreshAgainst((call, index) =>
      index === 0
        ? { status: 503, body: "<html>Service Unavailable</html>" }
        : index === 1
          ? apiError("ThrottlingException", "Rate exceeded")
          : ecsPages(call),
    );
    expect(server?.calls.map((call) => call.body.NextToken)).toEqual([
      undefined,
      undefined,
      undefined,
      "eyJuZXh0IjoyfQ==",
    ]);
    expect(result.fetched).toBe(1);
  });

  it("fails with the API's error after the last attempt, naming the query and the attempts", async () => {
    const error = await refreshAgainst(() => apiError("ThrottlingException", "Rate exceeded"), {
      client: { maxAttempts: 3 },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "IDIO608" });
    expect((error as Error).message).toBe(
      "the Price List API failed for fargate-vcpu-hours in us-east-1 (page 1) after 3 attempts: ThrottlingException: Rate exceeded",
    );
    expect(server?.calls).toHaveLength(3);
  });

  it("does not retry a client error (access denied)", async () => {
    const error = await refreshAgainst(() =>
      apiError("AccessDeniedException", "not authorized to perform pricing:GetProducts"),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "IDIO608" });
    expect(server?.calls).toHaveLength(1);
  });

  it("writes prices the API sends in exponent notation as plain decimals", async () => {
    const result = await refreshAgainst((call) => ({
      body: recorded(call.body.NextToken ? "ecs-page-2" : "ecs-page-1").replace(
        "0.0404800000",
        "4.048E-2",
      ),
    }));
    expect(
      priceIndex(result.book).find({
        product: "fargate-vcpu-hours",
        region: "us-east-1",
        attributes: { cpuArchitecture: "X86_64" },
      })?.usd,
    ).toBe("0.04048");
  });
});
