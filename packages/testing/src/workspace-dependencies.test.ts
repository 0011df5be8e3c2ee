/**
 * Each package declares exactly what it imports, and reaches other packages
 * only through their names: a package that installs from its tarball finds
 * every module it loads, and no declared dependency is dead weight.
 */
import { readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const PACKAGES = join(ROOT, "packages");

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
}
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;

/**
 * Files that still reach into another package by a relative path. The list may
 * only shrink, and it is now empty: shared test support lives in
 * `@idio-iac/testing`, imported by name. A new entry fails, and so does an
 * entry that no longer exists.
 */
const KNOWN_RELATIVE_REACHES: readonly string[] = [];
const reachesSeen: string[] = [];

/** Declared dependencies that no source file imports, each with the reason it is still needed. */
const USED_WITHOUT_IMPORT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "@idio-iac/action": {
    "@github/local-action":
      "a command-line tool: local-action.tools.test.ts spawns its bin on the committed bundle",
  },
};

interface Import {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.split(sep).includes("node_modules"))
    .sort();
}

/** Every module specifier a file imports or re-exports, with whether only types are taken. */
function importsOf(file: string): Import[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const found: Import[] = [];
  const add = (node: ts.Expression | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteral(node)) found.push({ file, specifier: node.text, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamedAreTypes =
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      add(
        node.moduleSpecifier,
        clause !== undefined &&
          (clause.isTypeOnly || (clause.name === undefined && allNamedAreTypes)),
      );
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments.length === 1
    ) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `@scope/name/deep/path` -> `@scope/name`; `name/deep` -> `name`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/**
 * Test files, test support, the private test-support package, and build
 * tooling that never ships: policy's bundle build (packages/policy/src/build,
 * excluded from its dist/) and the Action's bundler (packages/action/src/build,
 * run by `npm run bundle`, not part of the bundle it writes). The compiler's
 * src/build is production code and is not exempt.
 */
const isTestFile = (file: string) =>
  /\.test\.ts$|\.bench\.ts$/.test(file) ||
  file.split(sep).includes("test-support") ||
  file.startsWith(join(PACKAGES, "testing") + sep) ||
  file.startsWith(join(PACKAGES, "policy", "src", "build") + sep) ||
  file.startsWith(join(PACKAGES, "action", "src", "build") + sep);

const isBare = (specifier: string) =>
  !specifier.startsWith(".") && !specifier.startsWith("/") && !isBuiltin(specifier);

const packageDirs = readdirSync(PACKAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(PACKAGES, entry.name))
  .sort();
const rootDevDependencies = new Set(Object.keys(readManifest(ROOT).devDependencies ?? {}));

describe.each(packageDirs.map((dir) => [relative(ROOT, dir), dir]))("%s", (_, dir) => {
  const manifest = readManifest(dir);
  const runtime = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
    ...Object.keys(manifest.optionalDependencies ?? {}),
  ]);
  const dev = new Set(Object.keys(manifest.devDependencies ?? {}));
  const files = [...sourceFiles(join(dir, "src")), ...sourceFilesIfAny(join(dir, "bin"))];
  const imports = files.flatMap(importsOf);

  it("declares every package its sources import", () => {
    const undeclared = imports.flatMap(({ file, specifier, typeOnly }) => {
      if (!isBare(specifier)) return [];
      const name = packageOf(specifier);
      if (name === manifest.name || runtime.has(name)) return [];
      // Tests and test support also run with the package's and the repository's dev tools.
      if (isTestFile(file) && (dev.has(name) || rootDevDependencies.has(name))) return [];
      // A shipped file may import types of a dev dependency: they are erased on build.
      if (
        typeOnly &&
        (dev.has(name) || dev.has(`@types/${name.replace("@", "").replace("/", "__")}`))
      )
        return [];
      return [`${relative(ROOT, file)} imports ${specifier}`];
    });
    expect(undeclared).toEqual([]);
  });

  it("imports every package it declares", () => {
    const imported = new Set(
      imports
        .filter(({ specifier }) => isBare(specifier))
        .map(({ specifier }) => packageOf(specifier)),
    );
    const reasons = USED_WITHOUT_IMPORT[manifest.name] ?? {};
    const unused = [...runtime, ...dev].filter((name) => {
      if (imported.has(name) || reasons[name] !== undefined) return false;
      // Type packages count as used when their package is imported.
      const typed = name.startsWith("@types/")
        ? name.slice("@types/".length).replace("__", "/")
        : undefined;
      const typedName = typed?.includes("/") ? `@${typed}` : typed;
      return typedName === undefined || !imported.has(typedName);
    });
    expect(unused.sort()).toEqual([]);
  });

  it("reaches other packages by name, never by a relative path into them", () => {
    const outside = imports.flatMap(({ file, specifier }) => {
      if (!specifier.startsWith(".")) return [];
      const target = resolve(dirname(file), specifier);
      return relative(dir, target).startsWith("..")
        ? [`${relative(ROOT, file)} imports ${specifier}`]
        : [];
    });
    reachesSeen.push(...outside);
    expect(outside.filter((reach) => !KNOWN_RELATIVE_REACHES.includes(reach))).toEqual([]);
  });
});

function sourceFilesIfAny(dir: string): string[] {
  try {
    return sourceFiles(dir);
  } catch {
    return [];
  }
}

describe("examples", () => {
  it("import packages by name, never by a relative path into packages/", () => {
    const examples = join(ROOT, "examples");
    const outside = sourceFiles(examples)
      .flatMap(importsOf)
      .filter(({ specifier }) => specifier.startsWith(".") && specifier.includes("packages/"))
      .map(({ file, specifier }) => `${relative(ROOT, file)} imports ${specifier}`);
    reachesSeen.push(...outside);
    expect(outside.filter((reach) => !KNOWN_RELATIVE_REACHES.includes(reach))).toEqual([]);
  });

  it("the list of known relative reaches is exact (remove an entry once it is fixed)", () => {
    expect([...reachesSeen].sort()).toEqual([...KNOWN_RELATIVE_REACHES].sort());
  });
});
