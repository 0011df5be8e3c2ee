import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INTENT_DIAGNOSTIC_CODES } from "./codes.js";

const DOC = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");

describe("diagnostic codes", () => {
  it("are unique", () => {
    const codes = INTENT_DIAGNOSTIC_CODES.map((info) => info.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("are each documented in docs/diagnostics.md with their title and severity, and the doc lists no other IDIO0xx-3xx code", () => {
    const documented = [
      ...DOC.matchAll(/^### (IDIO[0-3]\d\d) — (.+)\n\n\*\*(error|warning|info)\.\*\*/gm),
    ].map(([, code, title, severity]) => ({ code, title, severity }));
    const registry = INTENT_DIAGNOSTIC_CODES.map(({ code, title, severity }) => ({
      code,
      title,
      severity,
    }));
    expect(documented).toEqual(registry);
    const mentionedHeadings = [...DOC.matchAll(/^#+ (IDIO[0-3]\d\d)\b/gm)].map(([, code]) => code);
    expect(mentionedHeadings).toEqual(registry.map((info) => info.code));
  });
});
