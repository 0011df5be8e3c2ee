import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const PACKAGES = new URL("../../../", import.meta.url).pathname;

/** Every TypeScript source under packages/<name>/src, tests left out. */
function sourceFiles(): string[] {
  return readdirSync(PACKAGES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "core")
    .flatMap((entry) => {
      const src = join(PACKAGES, entry.name, "src");
      try {
        return readdirSync(src, { recursive: true, encoding: "utf8" }).map((file) =>
          join(src, file),
        );
      } catch {
        return [];
      }
    })
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$|\.d\.ts$/.test(file));
}

/** The text between the `{` that encloses `at` and its matching `}`. */
function enclosingObject(text: string, at: number): string {
  let depth = 0;
  let start = at;
  for (; start >= 0; start--) {
    if (text[start] === "}") depth++;
    if (text[start] === "{" && depth-- === 0) break;
  }
  depth = 0;
  let end = at;
  for (; end < text.length; end++) {
    if (text[end] === "{") depth++;
    if (text[end] === "}" && depth-- === 0) break;
  }
  return text.slice(start, end + 1);
}

/**
 * Object literals with both a `code` and a `severity:` property: a diagnostic
 * built by hand, which could pair a code with a severity the registry does
 * not give it. Findings (ruleId + severity) and rule metadata do not match.
 */
function handBuiltDiagnostics(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/\bseverity\s*:/g)]
    .filter((match) => /[{,]\s*code\s*[:,}]/.test(enclosingObject(text, match.index)))
    .map((match) => `${relative(PACKAGES, file)}:${text.slice(0, match.index).split("\n").length}`);
}

describe("one way to build a diagnostic", () => {
  it("finds the source files it scans", () => {
    const files = sourceFiles().map((file) => relative(PACKAGES, file));
    expect(files).toContain("compiler/src/compile.ts");
    expect(files).toContain("cli/src/cli/commands/cost.ts");
    expect(files.some((file) => file.endsWith(".test.ts"))).toBe(false);
  });

  it("catches a hand-built diagnostic", () => {
    const text = `const d = { code: "IDIO410", severity: "warning", message: "m" };`;
    expect(/[{,]\s*code\s*[:,}]/.test(enclosingObject(text, text.indexOf("severity")))).toBe(true);
    const finding = `const f = { ruleId: "X", severity: "high", title: "t" };`;
    expect(/[{,]\s*code\s*[:,}]/.test(enclosingObject(finding, finding.indexOf("severity")))).toBe(
      false,
    );
  });

  it("leaves severity to core's registry: no package outside core writes a diagnostic literal with one", () => {
    expect(sourceFiles().flatMap(handBuiltDiagnostics)).toEqual([]);
  });
});
