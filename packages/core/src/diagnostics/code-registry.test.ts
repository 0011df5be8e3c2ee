import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DIAGNOSTIC_CODES,
  RETIRED_CODES,
  codeInfo,
  isInternal,
  phaseOf,
  type Phase,
} from "./code-registry.js";

const DOC = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");

/** `### IDIO410 — Title` then `**error.**` (or `**error** (idio cost …)`). */
const documented = [
  ...DOC.matchAll(/^### (IDIO\d{3}) — (.+)\n\n\*\*(error|warning|info)(?:\.\*\*|\*\* \()/gm),
].map(([, code, title, severity]) => ({ code, title, severity }));

/** Each phase owns one range of codes; a code outside its phase's range is a slip. */
const RANGES: Readonly<Record<Phase, readonly [number, number]>> = {
  read: [1, 7],
  report: [8, 99],
  yaml: [100, 199],
  schema: [200, 299],
  meaning: [300, 399],
  compile: [400, 499],
  policy: [500, 599],
  cost: [600, 699],
  output: [700, 719],
  arguments: [720, 739],
  diff: [740, 759],
};

describe("the diagnostic code registry", () => {
  it("documents every code in docs/diagnostics.md with its title and severity, in order", () => {
    const registry = DIAGNOSTIC_CODES.map(({ code, title, severity }) => ({
      code,
      title,
      severity,
    }));
    expect(documented).toEqual(registry);
  });

  it("leaves no code heading in the doc that the registry does not know, and mentions retired codes only as retired", () => {
    const headings = [...DOC.matchAll(/^#+ .*?(IDIO\d{3})\b/gm)].map(([, code]) => code);
    expect(headings).toEqual(DIAGNOSTIC_CODES.map((info) => info.code));
    const mentioned = new Set([...DOC.matchAll(/\bIDIO\d{3}\b/g)].map(([code]) => code));
    const unknown = [...mentioned].filter(
      (code) => codeInfo(code) === undefined && !RETIRED_CODES.includes(code),
    );
    expect(unknown).toEqual([]);
    for (const code of RETIRED_CODES) {
      expect(codeInfo(code), code).toBeUndefined();
      expect(DOC).toMatch(new RegExp(`${code} is retired`));
    }
  });

  it("has unique codes, each in its phase's range", () => {
    const codes = DIAGNOSTIC_CODES.map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const info of DIAGNOSTIC_CODES) {
      const [low, high] = RANGES[info.phase];
      const n = Number(info.code.slice(4));
      expect(n >= low && n <= high, `${info.code} in ${info.phase}`).toBe(true);
    }
  });

  it("links each code to its heading in docs/diagnostics.md", () => {
    expect(codeInfo("IDIO410")?.anchor).toBe("docs/diagnostics.md#idio410--tls-needs-a-domain");
    expect(codeInfo("IDIO711")?.anchor).toBe(
      "docs/diagnostics.md#idio711--edited-files-overwritten---force",
    );
  });

  it("marks exactly the compiler's bug codes as internal", () => {
    expect(DIAGNOSTIC_CODES.filter((info) => info.internal).map((info) => info.code)).toEqual([
      "IDIO400",
      "IDIO401",
      "IDIO402",
    ]);
    expect(isInternal("IDIO402")).toBe(true);
    expect(isInternal("IDIO410")).toBe(false);
    expect(isInternal("IDIO999")).toBe(false);
    expect(phaseOf("IDIO513")).toBe("policy");
    expect(phaseOf("IDIO612")).toBe("cost");
    expect(phaseOf("IDIO413")).toBeUndefined();
  });
});
