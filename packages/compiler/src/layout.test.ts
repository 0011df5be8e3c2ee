import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL(".", import.meta.url));
const PACKAGES = fileURLToPath(new URL("../../", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every function with a body, and how many lines it spans. */
function functionLengths(file: string): { name: string; lines: number }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { name: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      const name = node.name?.getText(source) ?? node.parent.getText(source).slice(0, 40);
      found.push({ name: `${relative(SRC, file)} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the compiler's layout", () => {
  it("has no function over 60 lines (scripts/function-lengths.mjs lists the longest)", () => {
    const long = sources(SRC)
      .flatMap(functionLengths)
      .filter((f) => f.lines > 60);
    expect(long).toEqual([]);
  });

  it("keeps one folder per kind of decision, each with a README", () => {
    for (const folder of [
      "context",
      "decide",
      "size",
      "build",
      "build/tiers",
      "build/platform",
      "build/shared",
    ])
      expect(existsSync(join(SRC, folder)), folder).toBe(true);
    for (const folder of ["context", "decide", "size", "build"])
      expect(existsSync(join(SRC, folder, "README.md")), `${folder}/README.md`).toBe(true);
  });

  it("matches no node id by its suffix or prefix in any package (ids.ts helpers or kinds instead)", () => {
    // A string test against a part of a node id (`.cluster`, `.subnet-group`, `dr.` ...).
    const suffixMatch =
      /(endsWith|startsWith)\(["'`]\.?(cluster|instance|replica|subnet-group|replication-group|queue|dlq|table|bucket|function|service|alb|asg|key|alias|stream|distribution|role|policy|log-group|waf|dr\.)/;
    const offenders = ["compiler", "policy", "catalog", "emitters", "cli", "idio"]
      .flatMap((pkg) => sources(join(PACKAGES, pkg, "src")))
      .filter((file) => !file.includes("/test-support/"))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ at: `${relative(PACKAGES, file)}:${i + 1}`, line }))
          .filter(({ line }) => suffixMatch.test(line)),
      )
      .map(({ at, line }) => `${at} ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
