import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIntent } from "../parse-intent.js";
import type { Diagnostic } from "./diagnostic.js";
import { renderDiagnostics } from "./render-diagnostics.js";

// eslint-disable-next-line no-control-regex -- the test looks for raw controls
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const HEAD = "apiVersion: idio.dev/v1\nname: shop\nenvironment: production\n";

/** A tier written as one flow mapping with `count` unknown keys: `count` errors on one line. */
function unknownKeysOnOneLine(count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `k${i}: 1`).join(", ");
  return `${HEAD}tiers: [{ name: web, type: web, ${keys} }]\n`;
}

function report(text: string, format: "text" | "json"): string {
  const { diagnostics } = parseIntent(text, "intent.yaml");
  return renderDiagnostics(diagnostics, { format, sources: new Map([["intent.yaml", text]]) });
}

const at = (fields: Partial<Diagnostic>): Diagnostic => ({
  code: "IDIO200",
  severity: "error",
  message: "Unknown property.",
  file: "intent.yaml",
  line: 1,
  column: 1,
  path: "/x",
  ...fields,
});

describe("bounded reports", () => {
  it("20,000 errors on one line: text and JSON each under 1 MB, 100 shown and the rest counted", () => {
    const input = unknownKeysOnOneLine(20_000);
    const { diagnostics } = parseIntent(input, "intent.yaml");
    expect(diagnostics.filter((d) => d.code === "IDIO200")).toHaveLength(20_000);

    const text = report(input, "text");
    expect(text.length).toBeLessThan(1_000_000);
    expect(text).toContain("intent.yaml 19,900 more diagnostics (19,900 errors) not shown.\n");
    expect(text.endsWith("\n20000 errors, 0 warnings\n")).toBe(true);
    const frameLines = text.split("\n").filter((line) => / \| /.test(line));
    expect(Math.max(...frameLines.map((line) => line.length))).toBeLessThanOrEqual(215);

    const json = report(input, "json");
    expect(json.length).toBeLessThan(1_000_000);
    const entries = JSON.parse(json) as (Diagnostic & { count?: number })[];
    expect(entries).toHaveLength(101);
    expect(entries.at(-1)).toMatchObject({
      code: "IDIO008",
      severity: "info",
      count: 19_900,
      line: 0,
    });
    expect(entries.at(-1)!.message).toBe(
      "19,900 more diagnostics (19,900 errors) in intent.yaml not shown.",
    );
  });

  it("clips a long line around the column and keeps the caret under the reported character", () => {
    const many = (from: number) =>
      Array.from({ length: 400 }, (_, i) => `t${from + i}: v`).join(", ");
    const line = `tags: { ${many(0)}, "ba d": x, ${many(400)} }`;
    const column = line.indexOf('"ba d"') + 1;
    const frame = renderDiagnostics(
      [at({ line: 2, column, endLine: 2, endColumn: column + 6, path: "/tags/ba d" })],
      { format: "text", sources: new Map([["intent.yaml", `name: shop\n${line}\n`]]) },
    );
    const lines = frame.split("\n");
    const marked = lines.find((l) => l.startsWith("  > 2 | "))!;
    const caret = lines[lines.indexOf(marked) + 1]!;
    expect(marked.startsWith("  > 2 | …")).toBe(true);
    expect(marked.endsWith("…")).toBe(true);
    expect(marked.length).toBeLessThanOrEqual(8 + 202);
    const caretAt = caret.indexOf("^");
    expect(marked.slice(caretAt, caretAt + 6)).toBe('"ba d"');
    expect(caret.slice(caretAt)).toBe("^^^^^^");
  });

  it("shows control characters in the source as escapes, the caret still under the right character", () => {
    const source = 'name: shop\ntags: { a: "\u001b[31m\u202ered", b: 1 }\n';
    const column = source.split("\n")[1]!.indexOf("b:") + 1;
    const text = renderDiagnostics([at({ line: 2, column, path: "/tags/b" })], {
      format: "text",
      sources: new Map([["intent.yaml", source]]),
    });
    expect(text).not.toMatch(RAW_CONTROL);
    const lines = text.split("\n");
    const marked = lines.find((l) => l.startsWith("  > 2 | "))!;
    expect(marked).toBe('  > 2 | tags: { a: "\\x1b[31m\\u202ered", b: 1 }');
    const caretAt = lines[lines.indexOf(marked) + 1]!.indexOf("^");
    expect(marked.slice(caretAt, caretAt + 2)).toBe("b:");
  });

  it("escapes control characters in messages, hints and file names (text), keeps them raw in JSON", () => {
    const hostile = at({
      file: "evil\u001b[2J.yaml",
      message: 'Unknown property "\u001b[31mred\u202e\u0000" in the document.',
      hint: "Did you mean \u2066x\u2069?",
      line: 0,
      column: 0,
    });
    const text = renderDiagnostics([hostile], { format: "text" });
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('Unknown property "\\x1b[31mred\\u202e\\x00" in the document.');
    expect(text).toContain("evil\\x1b[2J.yaml error IDIO200");
    expect(text).toContain("hint: Did you mean \\u2066x\\u2069?");
    expect(JSON.parse(renderDiagnostics([hostile], { format: "json" }))).toEqual([hostile]);
  });

  it("collapses repeats of one code at one path into one, with the count", () => {
    const repeated = Array.from({ length: 5 }, () => at({ path: "/tiers/0/port" }));
    const other = at({ code: "IDIO202", path: "/tiers/0/port" });
    const json = JSON.parse(renderDiagnostics([...repeated, other], { format: "json" }));
    expect(json).toEqual([{ ...repeated[0], count: 5 }, other]);
    const text = renderDiagnostics([...repeated, other], { format: "text" });
    expect(text).toContain("error IDIO200 Unknown property. (reported 5 times here)\n");
    expect(text.endsWith("\n6 errors, 0 warnings\n")).toBe(true);
    // Whole-document problems (path "") are distinct even with one code.
    const whole = [at({ path: "", line: 1 }), at({ path: "", line: 2 })];
    expect(JSON.parse(renderDiagnostics(whole, { format: "json" }))).toEqual(whole);
  });

  it("cuts a huge message or hint (a 1 MB key quoted in it) to 1,000 characters", () => {
    const key = "k".repeat(1_000_000);
    const huge = at({ message: `Unknown property "${key}".`, hint: `Remove "${key}".` });
    for (const format of ["text", "json"] as const) {
      const out = renderDiagnostics([huge], { format });
      expect(out.length).toBeLessThan(3_000);
      expect(out).toContain("… (999020 more characters)");
      expect(out).toContain("… (999010 more characters)");
    }
  });

  it("grows at most linearly with the input, in text and JSON (property)", () => {
    const line = fc.record({
      keys: fc.integer({ min: 0, max: 400 }),
      pad: fc.integer({ min: 0, max: 20_000 }),
      noise: fc.constantFrom("", "\u001b[31m", "\u202e", "x"),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (tiers) => {
        const body = tiers
          .map((tier, i) => {
            const keys = Array.from({ length: tier.keys }, (_, k) => `, k${k}: 1`).join("");
            const pad = JSON.stringify(tier.noise.repeat(2) + "p".repeat(tier.pad));
            return `  - { name: t${i}, type: web, description: ${pad}${keys} }`;
          })
          .join("\n");
        const input = `${HEAD}tiers:\n${body}\n`;
        for (const format of ["text", "json"] as const) {
          const out = report(input, format);
          expect(out.length).toBeLessThanOrEqual(60 * input.length + 20_000);
          if (format === "text") expect(out).not.toMatch(RAW_CONTROL);
        }
      }),
      { numRuns: 25 },
    );
  });
});
