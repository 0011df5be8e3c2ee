import { describe, expect, it } from "vitest";
import { parseIntent } from "./parse-intent.js";

/** The application fields of a tier (command, environment, architecture, spa) as written. */
function diagnose(tierLines: string[]) {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: demo",
    "environment: development",
    "tiers:",
    "  - name: app",
    "    type: worker",
    ...tierLines,
    "  - name: site",
    "    type: static-site",
    "",
  ].join("\n");
  return parseIntent(text, "intent.yaml").diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    path: d.path,
    line: d.line,
  }));
}

describe("tier application fields", () => {
  it("accepts command, environment and architecture on a compute tier", () => {
    expect(
      diagnose([
        "    command: [node, worker.js]",
        "    environment: { LOG_LEVEL: info, _PRIVATE: x }",
        "    architecture: arm64",
      ]),
    ).toEqual([]);
  });

  it("refuses an environment variable name that is not a shell identifier, at its line", () => {
    const found = diagnose(["    environment:", "      9LIVES: x", "      OK: y"]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", line: 8 });
    expect(found[0]!.path).toMatch(/^\/tiers\/0\/environment/);
  });

  it("refuses a multi-line value (EC2 passes the environment as an env file)", () => {
    const found = diagnose(["    environment:", '      NOTE: "two\\nlines"']);
    expect(found.map((d) => [d.severity, d.path, d.line])).toEqual([
      ["error", "/tiers/0/environment/NOTE", 8],
    ]);
  });

  it("refuses an architecture AWS does not have", () => {
    const found = diagnose(["    architecture: amd64"]);
    expect(found.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["IDIO203", "error", "/tiers/0/architecture"],
    ]);
  });

  it("refuses an empty command", () => {
    expect(diagnose(["    command: []"]).map((d) => [d.severity, d.path])).toEqual([
      ["error", "/tiers/0/command"],
    ]);
  });

  it("warns when a field does nothing for the tier type (spa on a worker)", () => {
    expect(diagnose(["    spa: true"])).toEqual([
      { code: "IDIO310", severity: "warning", path: "/tiers/0/spa", line: 7 },
    ]);
  });
});

describe("messages", () => {
  it("name the bad variable and the bad architecture", () => {
    const text = [
      "apiVersion: idio.dev/v1",
      "name: demo",
      "environment: development",
      "tiers:",
      "  - name: app",
      "    type: worker",
      "    environment:",
      "      9LIVES: x",
      "    architecture: amd64",
      "",
    ].join("\n");
    const messages = parseIntent(text, "intent.yaml").diagnostics.map(
      (d) => `${d.line}:${d.column} ${d.code} ${d.message}`,
    );
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^8:7 IDIO200 .*9LIVES/);
    expect(messages[1]).toMatch(/^9:19 IDIO203 .*amd64/);
  });
});
