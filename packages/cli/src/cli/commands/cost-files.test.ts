import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "@idio-iac/catalog";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const INTENT = join(ROOT, "examples/startup-mvp/intent.yaml");
const dir = mkdtempSync(join(tmpdir(), "idio-cost-files-"));

async function cost(...argv: string[]) {
  const memory = memoryIo({ cwd: dir });
  const code = await runCli(["cost", INTENT, ...argv], memory.io);
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

let n = 0;
function file(text: string): string {
  const name = `f${n++}.json`;
  writeFileSync(join(dir, name), text);
  return name;
}

const BOOK = JSON.stringify(EMBEDDED_PRICE_BOOK);
let REPORT = "";
beforeAll(async () => {
  const saved = await cost("--format", "json");
  expect(saved.code).toBe(0);
  REPORT = saved.stdout;
});

/** Garbage and near-misses: cut short, wrong types in places, not JSON at all. */
function hostile(valid: string): fc.Arbitrary<string> {
  const parsed = JSON.parse(valid) as Record<string, unknown>;
  const keys = Object.keys(parsed);
  return fc.oneof(
    fc.integer({ min: 1, max: valid.length - 1 }).map((end) => valid.slice(0, end)),
    fc.constantFrom("", "null", "[]", "{}", "1e999", '"USD"', "{", "\u0000\u0001", "[{}]"),
    fc
      .tuple(
        fc.constantFrom(...keys),
        fc.constantFrom(null, 1, "x", [], {}, [null], [1], [{}], -1, true),
      )
      .map(([key, value]) => JSON.stringify({ ...parsed, [key]: value })),
    fc
      .tuple(fc.nat(), fc.constantFrom(null, 1, "x", [], {}, -5, 1e300, 0.5))
      .map(([index, value]) => {
        const list = (parsed.lineItems ?? parsed.prices) as Record<string, unknown>[];
        const item = list[index % list.length]!;
        const field = Object.keys(item)[index % Object.keys(item).length]!;
        const copy = [...list];
        copy[index % list.length] = { ...item, [field]: value };
        return JSON.stringify({ ...parsed, [parsed.lineItems ? "lineItems" : "prices"]: copy });
      }),
  );
}

describe("idio cost with files it cannot use", () => {
  // A change to a field the estimate does not read (a description) may be accepted (exit 0);
  // anything else is exit 2 with a coded diagnostic. Never exit 3.
  it("--price-book: a malformed book is exit 2 with IDIO610, never an internal error", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostile(BOOK), async (text) => {
        const result = await cost("--price-book", file(text), "--format", "json");
        expect(result.stderr).not.toContain("internal error");
        expect([0, 2]).toContain(result.code);
        if (result.code === 0) {
          const estimate = JSON.parse(result.stdout) as { monthlyUsd: number };
          expect(Number.isFinite(estimate.monthlyUsd)).toBe(true);
          return;
        }
        refused++;
        expect(result.stderr).toMatch(/error IDIO61[02] /);
        expect(result.stderr).toContain("hint:");
      }),
      { numRuns: 60, seed: 610 },
    );
    expect(refused).toBeGreaterThan(30);
  });

  it("--compare-to a malformed saved report: exit 2 with IDIO611, never an internal error", async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(hostile(REPORT), async (text) => {
        const result = await cost("--compare-to", file(text), "--format", "json");
        expect(result.stderr).not.toContain("internal error");
        expect([0, 2]).toContain(result.code);
        if (result.code === 0) {
          const { diff } = JSON.parse(result.stdout) as { diff: { deltaUsd: number } };
          expect(Number.isFinite(diff.deltaUsd)).toBe(true);
          return;
        }
        refused++;
        // A cut that leaves no report-like key is read as an intent and refused as one.
        expect(result.stderr).toMatch(/IDIO(611|612|1\d\d|2\d\d)/);
      }),
      { numRuns: 25, seed: 611 },
    );
    expect(refused).toBeGreaterThan(10);
  });

  it("names the file, the problem and a fix", async () => {
    const name = file(JSON.stringify({ currency: "USD", lineItems: [null] }));
    const result = await cost("--compare-to", name);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${name} error IDIO611 ${name} is not a usable cost report: lineItems[0] must be an object.`,
    );
    expect(result.stderr).toContain("hint: Save the baseline again");
    const book = file(BOOK.slice(0, 100));
    const bad = await cost("--price-book", book);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${book} error IDIO610 ${book} is not a price book: not JSON`);
  });

  it("still compares against a good saved report", async () => {
    const result = await cost("--compare-to", file(REPORT), "--format", "json");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { diff: { deltaUsd: number } }).diff.deltaUsd).toBe(0);
  });

  it("refuses a directory with IDIO612", async () => {
    const result = await cost("--price-book", ".");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("IDIO612");
  });
});
