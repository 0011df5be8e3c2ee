// Reports the longest functions under a source folder (default: packages/compiler/src),
// counting lines from a function's first to its last line. Test files are skipped.
// Usage: node scripts/function-lengths.mjs [dir] [limit=60] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dir = args[0] ?? "packages/compiler/src";
const limit = Number(args[1] ?? 60);

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield path;
  }
}

function nameOf(node) {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent)) return parent.name.getText();
  if (parent && ts.isPropertyAssignment(parent)) return parent.name.getText();
  return "(anonymous)";
}

const found = [];
let fileCount = 0;
for (const file of files(dir)) {
  fileCount++;
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      found.push({
        file: relative(dir, file),
        name: nameOf(node),
        line: start + 1,
        lines: end - start + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
found.sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
const over = found.filter((f) => f.lines > limit);
if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify({
      files: fileCount,
      functions: found.length,
      over: over.length,
      longest: found[0],
    }),
  );
} else {
  console.log(
    `${dir}: ${fileCount} files, ${found.length} functions, ${over.length} over ${limit} lines`,
  );
  for (const f of found.slice(0, Math.max(over.length, 5)))
    console.log(`  ${f.lines}\t${f.file}:${f.line} ${f.name}`);
}
