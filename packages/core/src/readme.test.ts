import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as core from "./index.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("README example", () => {
  const example = /```js\n([\s\S]*?)```/.exec(README)![1]!;
  const printed = /It prints:\n\n```text\n([\s\S]*?)```/.exec(README)![1]!;

  it("prints what the README says it prints", () => {
    const lines: string[] = [];
    const body = example
      .replace(/^import[\s\S]*?from "@idio-iac\/core";\n/, "")
      .replaceAll("process.stdout.write(", "out(")
      .replaceAll("console.log(", "log(");
    const out = (text: string) => lines.push(text);
    const log = (...values: unknown[]) =>
      lines.push(`${values.map((v) => (typeof v === "string" ? v : inspect(v))).join(" ")}\n`);
    new Function("core", "out", "log", `const {${Object.keys(core).join(",")}} = core;\n${body}`)(
      core,
      out,
      log,
    );
    expect(lines.join("")).toBe(printed);
  });
});
