import { describe, expect, it } from "vitest";
import { INTENT_LIMITS } from "./parse/limits.js";
import { parseIntent } from "./parse-intent.js";

const VALID =
  "apiVersion: idio.dev/v1\nname: shop\nenvironment: development\ntiers:\n  - name: web\n    type: web\n";
const codes = (input: string | Uint8Array) =>
  parseIntent(input, "intent.yaml").diagnostics.map((d) => d.code);

describe("hostile input never crashes or hangs", () => {
  it("an alias bomb (billion laughs) is refused", () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = "a";
    for (const name of "bcdefghi") {
      text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(",")}]\n`;
      previous = name;
    }
    const result = parseIntent(text, "bomb.yaml");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: "IDIO104", line: 2, column: 8 }),
    ]);
    expect(result.intent).toBeUndefined();
  });

  it("a few ordinary aliases are fine", () => {
    const text = `${VALID}  - name: api\n    type: api\n    scaling: &small { min: 1, max: 2 }\n  - name: worker\n    type: worker\n    scaling: *small\n`;
    const intent = parseIntent(text, "intent.yaml").intent!;
    expect(intent.tiers[2]!.scaling).toEqual({ min: 1, max: 2 });
  });

  it("a document over the size limit is refused before parsing", () => {
    const big = `${VALID}# ${"x".repeat(INTENT_LIMITS.maxBytes)}\n`;
    expect(codes(big)).toEqual(["IDIO003"]);
    expect(codes(new TextEncoder().encode(big))).toEqual(["IDIO003"]);
  });

  it("deep nesting is refused: flow, block and compact sequences", () => {
    expect(codes(`a: ${"[".repeat(100_000)}${"]".repeat(100_000)}`)).toEqual(["IDIO104"]);
    expect(codes(`a: ${"{b: ".repeat(10_000)}c${"}".repeat(10_000)}`)).toEqual(["IDIO104"]);
    const block = Array.from({ length: 100 }, (_, depth) => `${" ".repeat(depth)}k:`).join("\n");
    expect(codes(block)).toEqual(["IDIO104"]);
    expect(codes(`${"- ".repeat(20_000)}x\n`)).toEqual(["IDIO104"]);
  });

  it("__proto__, constructor and prototype keys are reported and never pollute", () => {
    const text = `${VALID}__proto__:\n  polluted: true\ntags:\n  constructor: x\n  prototype: y\n`;
    const result = parseIntent(text, "intent.yaml");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.path])).toEqual([
      ["IDIO108", 7, "/__proto__"],
      ["IDIO108", 10, "/tags/constructor"],
      ["IDIO108", 11, "/tags/prototype"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    const json = JSON.stringify({ apiVersion: "idio.dev/v1", __proto__x: 1 }).replace(
      "__proto__x",
      "__proto__",
    );
    expect(codes(json)).toContain("IDIO108");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("binary and non-UTF-8 bytes are refused", () => {
    expect(codes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toEqual([
      "IDIO101",
    ]);
    expect(codes(new TextEncoder().encode(`${VALID}\u0000`))).toEqual(["IDIO101"]);
    expect(codes(new Uint8Array([...new TextEncoder().encode("name: caf"), 0xe9, 0x0a]))).toEqual([
      "IDIO101",
    ]); // Latin-1 é
  });

  it("a BOM is ignored, as bytes or as a string", () => {
    expect(
      parseIntent(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(VALID)]), "a")
        .intent?.name,
    ).toBe("shop");
    expect(parseIntent(`\uFEFF${VALID}`, "a").intent?.name).toBe("shop");
    const result = parseIntent(`\uFEFF${VALID.replace("environment", "enviroment")}`, "a");
    expect(result.diagnostics.find((d) => d.code === "IDIO200")).toMatchObject({
      line: 3,
      column: 1,
    });
  });

  it("CRLF line endings validate and report the same positions", () => {
    const crlf = VALID.replace(/\n/g, "\r\n");
    expect(parseIntent(crlf, "a").intent?.tiers[0]?.name).toBe("web");
    const result = parseIntent(crlf.replace("type: web", "type: webb"), "a");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["IDIO203", 6, 11]]);
  });

  it("empty and blank files are reported", () => {
    expect(codes("")).toEqual(["IDIO100"]);
    expect(codes(new Uint8Array())).toEqual(["IDIO100"]);
    expect(codes("   \n\n\t\n")).toEqual(["IDIO100"]);
    expect(codes("---\n")).toEqual(["IDIO100"]);
  });

  it("documents that are not mappings are reported", () => {
    expect(codes("just a string\n")).toEqual(["IDIO106"]);
    expect(codes("42")).toEqual(["IDIO106"]);
    expect(codes("null")).toEqual(["IDIO100"]);
    expect(codes("[1, 2]")).toEqual(["IDIO106"]);
  });

  it("odd keys and values do not throw", () => {
    for (const text of [
      "? [a, b]\n: c\n",
      "{a: 1}: b\n",
      "*undefined_alias\n",
      "&a [*a]\n",
      "a: !!js/function 'function(){}'\n",
      "%YAML 1.1\n---\na: 1\n",
      "a: 1\n...\n---\nb: 2\n",
      "tiers: [{}, null, 3, [[]]]\n",
      `tiers: [${Array(2500).fill("{name: a, type: web}").join(",")}]\n`,
      "tags: { '': x, ' ': y }\n",
      "name: \u202e\u0007\n",
    ]) {
      const result = parseIntent(text, "x.yaml");
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.intent).toBeUndefined();
      for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(0);
    }
  });
});
