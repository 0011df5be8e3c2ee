import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// compile() is phase 2 and must not parse the 412 KB price book (phase "cost"):
// the compiler depends on core for sizing tables, never on catalog.
const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Every module reachable from `entry` through static and dynamic imports, workspace packages included. */
function importClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".ts")) continue;
    const text = readFileSync(file, "utf8");
    const specifiers = [
      ...text.matchAll(/\b(?:import|export)\b[^"';]*?\bfrom\s+["']([^"']+)["']/g),
      ...text.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
      ...text.matchAll(/^\s*import\s+["']([^"']+)["']/gm),
    ].map((match) => match[1]!);
    for (const specifier of specifiers) pending.push(...resolveSpecifier(file, specifier));
  }
  return seen;
}

function resolveSpecifier(from: string, specifier: string): string[] {
  if (specifier.startsWith(".")) {
    const target = resolve(dirname(from), specifier);
    const ts = target.replace(/\.js$/, ".ts");
    return [existsSync(ts) ? ts : target];
  }
  const workspace = /^@idio-iac\/([a-z-]+)$/.exec(specifier);
  if (workspace) return [join(PACKAGES, workspace[1]!, "src", "index.ts")];
  return []; // a third-party package
}

describe("the compiler does not load the price book", () => {
  it("does not depend on @idio-iac/catalog", () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGES, "compiler", "package.json"), "utf8"));
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain("@idio-iac/catalog");
  });

  it("reaches no catalog module and no price-book JSON from its entry point", () => {
    const closure = [...importClosure(join(PACKAGES, "compiler", "src", "index.ts"))];
    expect(closure.length).toBeGreaterThan(50);
    expect(closure.some((file) => file.includes(join("packages", "core", "src")))).toBe(true);
    expect(closure.filter((file) => file.includes(join("packages", "catalog")))).toEqual([]);
    expect(closure.filter((file) => file.endsWith(".json"))).toEqual([]);
  });

  it("would notice the price book: catalog's closure reaches it", () => {
    const closure = [...importClosure(join(PACKAGES, "catalog", "src", "index.ts"))];
    expect(closure.some((file) => file.endsWith("price-book.json"))).toBe(true);
  });
});
