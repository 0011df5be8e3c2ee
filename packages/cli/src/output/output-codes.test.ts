import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTPUT_DIAGNOSTIC_CODES } from "./output-codes.js";

const DOC = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");

describe("output diagnostic codes", () => {
  it("are unique and within IDIO700–IDIO719", () => {
    const codes = OUTPUT_DIAGNOSTIC_CODES.map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^IDIO7[01]\d$/);
  });

  it("are documented in docs/diagnostics.md with their title and severity, and no other IDIO700–719 is", () => {
    const documented = [
      ...DOC.matchAll(/^### (IDIO7[01]\d) — (.+)\n\n\*\*(error|warning|info)\.\*\*/gm),
    ].map(([, code, title, severity]) => ({ code, title, severity }));
    const registry = OUTPUT_DIAGNOSTIC_CODES.map(({ code, title, severity }) => ({
      code,
      title,
      severity,
    }));
    expect(documented).toEqual(registry);
    const headings = [...DOC.matchAll(/^#+ (IDIO7[01]\d)\b/gm)].map(([, code]) => code);
    expect(headings).toEqual(registry.map((info) => info.code));
  });
});
