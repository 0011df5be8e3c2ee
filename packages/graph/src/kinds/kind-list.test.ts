import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { KIND_DECLARATIONS, KIND_NAMES, KINDS } from "./index.js";

const dir = fileURLToPath(new URL("./", import.meta.url));
const kindFiles = readdirSync(dir).filter(
  (file) =>
    file.endsWith(".ts") &&
    !file.endsWith(".test.ts") &&
    !["index.ts", "declare-kind.ts"].includes(file),
);

describe("the kind list", () => {
  it("names each kind once", () => {
    const names = KIND_DECLARATIONS.map((declaration) => declaration.kind);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(KIND_NAMES);
  });

  it.each(kindFiles)("%s declares one kind, and the list holds it", (file) => {
    const text = readFileSync(`${dir}${file}`, "utf8");
    const declared = [...text.matchAll(/declareKind<\w+>\(\)\(\{\s*kind: "([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(declared).toHaveLength(1);
    expect(KINDS[declared[0] as keyof typeof KINDS]?.kind).toBe(declared[0]);
  });
});
