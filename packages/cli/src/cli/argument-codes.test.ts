import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ARGUMENT_DIAGNOSTIC_CODES } from "./argument-codes.js";

const DOC = readFileSync(new URL("../../../../docs/diagnostics.md", import.meta.url), "utf8");
const SECTION = DOC.slice(DOC.indexOf("## Output and command line"));

describe("command-line argument codes", () => {
  it.each(ARGUMENT_DIAGNOSTIC_CODES.map((info) => [info.code, info] as const))(
    "%s is documented with its title and severity in 'Output and command line'",
    (code, info) => {
      expect(SECTION).toContain(`### ${code} — ${info.title}\n\n**${info.severity}.**`);
    },
  );

  it("stay in IDIO720-IDIO739", () => {
    for (const { code } of ARGUMENT_DIAGNOSTIC_CODES) {
      const n = Number(code.slice(4));
      expect(n >= 720 && n <= 739, code).toBe(true);
    }
  });
});
