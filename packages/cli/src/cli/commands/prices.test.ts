import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PricingClient } from "@aws-sdk/client-pricing";
import { parsePriceBook, priceIndex } from "@idio-iac/catalog";
import { Command, CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import {
  mockPricingClient,
  recorded,
} from "../../prices-refresh/test-support/mock-pricing-client.js";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";
import { pricesCommandWith, type PricingClientFactory } from "./prices.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

async function prices(argv: readonly string[], factory: PricingClientFactory, cwd: string) {
  const memory = memoryIo({ cwd });
  const program = new Command("idio")
    .exitOverride()
    .configureOutput({ writeOut: memory.io.stdout, writeErr: memory.io.stderr });
  let code = 0;
  pricesCommandWith(factory, () => "2026-11-21").register(program, memory.io, (value) => {
    code = value;
  });
  try {
    await program.parseAsync(["prices", ...argv], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode === 0 ? 0 : 2;
  }
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

const recordedClient: PricingClientFactory = async () =>
  mockPricingClient((call) =>
    call.body.ServiceCode === "AmazonEC2" &&
    call.body.Filters.some((filter) => filter.Value === "NAT Gateway")
      ? recorded("nat")
      : undefined,
  ).client;

describe("idio prices refresh (Price List API through a recorded transport)", () => {
  it("writes a price book that `idio cost --price-book` accepts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-prices-"));
    const result = await prices(
      ["refresh", "--regions", "us-east-1", "--out", "book.json"],
      recordedClient,
      dir,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("Fetched 2 prices from the Price List API.");
    const { book, problems } = parsePriceBook(readFileSync(join(dir, "book.json"), "utf8"));
    expect(problems).toEqual([]);
    expect(
      priceIndex(book!).find({ product: "nat-gateway-hours", region: "us-east-1" })?.source,
    ).toMatchObject({
      kind: "price-list-api",
      sku: "M2YSHUBETB3JX4M4",
      retrieved: "2026-11-21",
    });

    const memory = memoryIo({ cwd: dir });
    const code = await runCli(
      [
        "cost",
        join(ROOT, "examples/ecommerce-platform/intent.yaml"),
        "--price-book",
        "book.json",
        "--format",
        "json",
      ],
      memory.io,
    );
    expect(code).toBe(0);
    // The refresh covered us-east-1 only; a DR region's gateways keep the embedded prices.
    const nat = (
      JSON.parse(memory.stdout) as {
        lineItems: { component: string; region: string; priceSource: string }[];
      }
    ).lineItems.find(
      (item) => item.component === "NAT gateway hours" && item.region === "us-east-1",
    );
    expect(nat?.priceSource).toBe("price-list-api:AmazonEC2/M2YSHUBETB3JX4M4");
  });

  it("without credentials, says the embedded book serves and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-prices-"));
    const noCredentials: PricingClientFactory = async () =>
      new PricingClient({
        region: "us-east-1",
        maxAttempts: 1,
        credentials: async () => {
          throw Object.assign(new Error("Could not load credentials from any providers"), {
            name: "CredentialsProviderError",
          });
        },
      });
    const result = await prices(["refresh", "--out", "book.json"], noCredentials, dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no AWS credentials");
    expect(result.stderr).toContain("The embedded price book stays in use (retrieved 2026-11-21");
    expect(existsSync(join(dir, "book.json"))).toBe(false);
  });

  it("rejects unknown regions before calling AWS", async () => {
    let called = false;
    const result = await prices(
      ["refresh", "--regions", "us-east-1,moon-1"],
      async () => {
        called = true;
        return mockPricingClient(() => undefined).client;
      },
      tmpdir(),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("moon-1");
    expect(called).toBe(false);
  });
});

describe("idio prices show", () => {
  it("lists prices with their source and date, filtered", async () => {
    const result = await prices(
      ["show", "--region", "eu-west-1", "--product", "nat-gateway"],
      recordedClient,
      tmpdir(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "eu-west-1  nat-gateway-hours: $0.048 per hour (https://aws.amazon.com/vpc/pricing/, 2026-11-21)",
    );
    expect(result.stdout).not.toContain("us-east-1 ");
  });

  it("names what the book marks unpriced in a region, with the reason", async () => {
    const result = await prices(["show", "--region", "ap-east-1"], recordedClient, tmpdir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "ap-east-1  not priced: every product (not read from the public pricing pages yet; `idio prices refresh` fetches it from the Price List API)",
    );
    const moon = await prices(["show", "--region", "moon-1"], recordedClient, tmpdir());
    expect(moon.code).toBe(2);
  });
});
