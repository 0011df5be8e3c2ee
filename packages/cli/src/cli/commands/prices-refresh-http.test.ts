import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePriceBook, priceIndex } from "@idio-iac/catalog";
import { Command, CommanderError } from "commander";
import { afterEach, describe, expect, it } from "vitest";
import { recorded } from "../../prices-refresh/test-support/mock-pricing-client.js";
import {
  apiError,
  startPricingApiServer,
  TEST_CREDENTIALS,
  type PricingApiServer,
  type PricingReply,
} from "../../prices-refresh/test-support/pricing-api-server.js";
import { createPricingClient } from "../../prices-refresh/pricing-client.js";
import { memoryIo } from "../../test-support/memory-io.js";
import { pricesCommandWith } from "./prices.js";

let server: PricingApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs `idio prices refresh …` in `dir` against a loopback Price List API. */
async function refresh(
  argv: readonly string[],
  dir: string,
  answer: (call: PricingApiServer["calls"][number], index: number) => PricingReply | undefined,
) {
  server = await startPricingApiServer(answer);
  const endpoint = server.endpoint;
  const memory = memoryIo({ cwd: dir });
  const program = new Command("idio")
    .exitOverride()
    .configureOutput({ writeOut: memory.io.stdout, writeErr: memory.io.stderr });
  let code = 0;
  const factory = (options: Parameters<typeof createPricingClient>[0]) =>
    createPricingClient({
      ...options,
      endpoint,
      credentials: TEST_CREDENTIALS,
      retryBaseDelayMs: 1,
    });
  pricesCommandWith(factory, () => "2026-11-21").register(program, memory.io, (value) => {
    code = value;
  });
  try {
    await program.parseAsync(["prices", "refresh", ...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode === 0 ? 0 : 2;
  }
  return { code, stderr: memory.stderr };
}

const PREVIOUS = '{"previous": "price book"}\n';

function withPreviousBook(): string {
  const dir = mkdtempSync(join(tmpdir(), "idio-prices-http-"));
  writeFileSync(join(dir, "book.json"), PREVIOUS);
  return dir;
}

/** The ECS answers (two pages) for every query that asks AmazonECS; empty pages elsewhere. */
function ecs(call: PricingApiServer["calls"][number]): PricingReply | undefined {
  if (call.body.ServiceCode !== "AmazonECS") return undefined;
  return { body: recorded(call.body.NextToken ? "ecs-page-2" : "ecs-page-1") };
}

describe("idio prices refresh against a loopback Price List API", () => {
  it("writes the book atomically, with exponent-notation prices as plain decimals the reader accepts", async () => {
    const dir = withPreviousBook();
    const result = await refresh(["--regions", "us-east-1", "--out", "book.json"], dir, (call) => {
      const reply = ecs(call);
      return reply && reply !== "hang"
        ? { body: reply.body.replace("0.0404800000", "4.048E-2") }
        : reply;
    });
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["book.json"]);
    const text = readFileSync(join(dir, "book.json"), "utf8");
    expect(text).not.toMatch(/"usd": "[^"]*[eE]/);
    const { book, problems } = parsePriceBook(text);
    expect(problems).toEqual([]);
    expect(
      priceIndex(book!).find({
        product: "fargate-vcpu-hours",
        region: "us-east-1",
        attributes: { cpuArchitecture: "X86_64" },
      })?.usd,
    ).toBe("0.04048");
  });

  it("refreshes a region the embedded book marks unpriced: its prices replace the marks' gaps, the marks stay for the rest", async () => {
    const dir = withPreviousBook();
    // The recorded ECS pages as the API answers them for Sydney (same shape, Sydney's codes).
    const sydney = (text: string) =>
      text
        .replaceAll("us-east-1", "ap-southeast-2")
        .replaceAll("USE1-", "APS2-")
        .replaceAll("US East (N. Virginia)", "Asia Pacific (Sydney)");
    const result = await refresh(
      ["--regions", "ap-southeast-2", "--out", "book.json"],
      dir,
      (call) =>
        call.body.ServiceCode === "AmazonECS"
          ? { body: sydney(recorded(call.body.NextToken ? "ecs-page-2" : "ecs-page-1")) }
          : undefined,
    );
    expect(result.code).toBe(0);
    expect(
      server?.calls.every((call) =>
        call.body.Filters?.some(
          (filter: { Field: string; Value: string }) =>
            filter.Field === "regionCode" && filter.Value === "ap-southeast-2",
        ),
      ),
    ).toBe(true);
    const { book, problems } = parsePriceBook(readFileSync(join(dir, "book.json"), "utf8"));
    expect(problems).toEqual([]);
    expect(book!.regions).toContain("ap-southeast-2");
    const index = priceIndex(book!);
    const fargate = index.find({
      product: "fargate-vcpu-hours",
      region: "ap-southeast-2",
      attributes: { cpuArchitecture: "X86_64" },
    });
    expect(fargate?.source).toMatchObject({ kind: "price-list-api", serviceCode: "AmazonECS" });
    // What the API did not answer is still explained by the embedded book's mark.
    expect(index.unpricedMark("ap-southeast-2", "nat-gateway-hours")?.reason).toContain(
      "idio prices refresh",
    );
  });

  it("a failure on a late page writes nothing: the previous book stays, no temporary file", async () => {
    const dir = withPreviousBook();
    // Page 1 of the first ECS query answers; its page 2 fails on every attempt.
    const result = await refresh(
      ["--regions", "us-east-1", "--out", "book.json", "--max-attempts", "2"],
      dir,
      (call) =>
        call.body.NextToken
          ? { status: 500, body: '{"__type":"InternalFailure","message":"boom"}' }
          : ecs(call),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "idio prices refresh: IDIO608 the Price List API failed for fargate-vcpu-hours in us-east-1 (page 2) after 2 attempts",
    );
    expect(result.stderr).toContain("Nothing was written; book.json is unchanged.");
    expect(readdirSync(dir)).toEqual(["book.json"]);
    expect(readFileSync(join(dir, "book.json"), "utf8")).toBe(PREVIOUS);
  });

  it("a server that never answers ends with IDIO606 and exit 2 after --max-attempts timeouts", async () => {
    const dir = withPreviousBook();
    const result = await refresh(
      ["--out", "book.json", "--request-timeout", "100", "--max-attempts", "2"],
      dir,
      () => "hang",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^idio prices refresh: IDIO606 the Price List API did not answer .* \(page 1\) within the request timeout/,
    );
    expect(result.stderr).toContain("hint: Raise --request-timeout");
    expect(server?.calls).toHaveLength(2);
    expect(readFileSync(join(dir, "book.json"), "utf8")).toBe(PREVIOUS);
  });

  it("a page token that never ends is IDIO607, not an endless loop", async () => {
    const dir = withPreviousBook();
    const result = await refresh(["--regions", "us-east-1", "--out", "book.json"], dir, () => ({
      body: recorded("ecs-page-1"),
    }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("IDIO607 the Price List API sent the same page token twice");
    expect(server?.calls).toHaveLength(2);
    expect(readdirSync(dir)).toEqual(["book.json"]);
  });

  it("retries throttling and 503, counting the requests", async () => {
    const dir = withPreviousBook();
    const result = await refresh(
      ["--regions", "us-east-1", "--out", "book.json"],
      dir,
      (call, index) =>
        index === 0
          ? { status: 503, body: "" }
          : index === 1
            ? apiError("ThrottlingException", "Rate exceeded")
            : ecs(call),
    );
    expect(result.code).toBe(0);
    expect(server?.calls[0]?.body).toEqual(server?.calls[2]?.body);
    expect(server?.calls[1]?.body).toEqual(server?.calls[2]?.body);
  });

  it("an unwritable --out is IDIO609 and leaves no temporary file", async () => {
    const dir = withPreviousBook();
    const result = await refresh(
      ["--regions", "us-east-1", "--out", "missing/book.json"],
      dir,
      ecs,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "idio prices refresh: IDIO609 cannot write missing/book.json (ENOENT); the previous file is unchanged.",
    );
    expect(readdirSync(dir)).toEqual(["book.json"]);
  });

  it.each([
    ["--request-timeout", "0"],
    ["--request-timeout", "1.5"],
    ["--max-attempts", "x"],
  ])("rejects %s %s before calling AWS", async (flag, value) => {
    const result = await refresh([flag, value], tmpdir(), () => undefined);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`option '${flag}`);
    expect(server?.calls).toHaveLength(0);
  });
});
