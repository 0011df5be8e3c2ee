import { describe, expect, it } from "vitest";
import type { Diagnostic } from "./diagnostic.js";
import { renderDiagnostics } from "./render-diagnostics.js";
import { parseIntent } from "../parse-intent.js";

const TEXT =
  "apiVersion: idio.dev/v1\nname: shop\nenviroment: production\ntiers:\n  - name: web\n    type: web\n";

describe("renderDiagnostics", () => {
  const { diagnostics } = parseIntent(TEXT, "shop/intent.yaml");

  it("text: location, severity, code, message, code frame, hint and a count", () => {
    const text = renderDiagnostics(diagnostics, {
      format: "text",
      sources: new Map([["shop/intent.yaml", TEXT]]),
    });
    expect(text).toBe(
      [
        'shop/intent.yaml:1:1 error IDIO201 The document is missing the required property "environment".',
        "  > 1 | apiVersion: idio.dev/v1",
        "      | ^",
        "    2 | name: shop",
        "  hint: Add `environment: production` — Deployment stage. Production gets Multi-AZ data, one NAT gateway per AZ and deletion protection.",
        "",
        'shop/intent.yaml:3:1 error IDIO200 Unknown property "enviroment" in the document.',
        "    1 | apiVersion: idio.dev/v1",
        "    2 | name: shop",
        "  > 3 | enviroment: production",
        "      | ^^^^^^^^^^",
        "    4 | tiers:",
        '  hint: Did you mean "environment"?',
        "",
        "2 errors, 0 warnings",
        "",
      ].join("\n"),
    );
  });

  it("text: a problem deep in a file is framed with its own lines and numbers", () => {
    const lines = Array.from({ length: 60 }, (_, i) => `key${i + 1}: value${i + 1}`);
    const problem: Diagnostic = {
      code: "IDIO200",
      severity: "error",
      message: "Unknown property.",
      file: "deep.yaml",
      line: 46,
      column: 1,
      endLine: 46,
      endColumn: 6,
      path: "/key46",
    };
    const text = renderDiagnostics([problem], {
      format: "text",
      sources: new Map([["deep.yaml", lines.join("\n")]]),
    });
    expect(text.split("\n").slice(0, 6)).toEqual([
      "deep.yaml:46:1 error IDIO200 Unknown property.",
      "    44 | key44: value44",
      "    45 | key45: value45",
      "  > 46 | key46: value46",
      "       | ^^^^^",
      "    47 | key47: value47",
    ]);
  });

  it("text without sources or positions: no code frame", () => {
    const fileProblem: Diagnostic = {
      code: "IDIO001",
      severity: "error",
      message: "x.yaml does not exist.",
      file: "x.yaml",
      line: 0,
      column: 0,
      path: "",
    };
    expect(renderDiagnostics([fileProblem], { format: "text" })).toBe(
      "x.yaml error IDIO001 x.yaml does not exist.\n\n1 error, 0 warnings\n",
    );
    expect(renderDiagnostics(diagnostics, { format: "text" })).not.toContain(" | ");
  });

  it("text in colour only when asked", () => {
    expect(renderDiagnostics(diagnostics, { format: "text" })).not.toContain("\u001b[");
    const coloured = renderDiagnostics(diagnostics, {
      format: "text",
      color: true,
      sources: new Map([["shop/intent.yaml", TEXT]]),
    });
    expect(coloured).toContain("\u001b[31merror\u001b[0m");
  });

  it("text: nothing at all for no diagnostics; warnings are counted", () => {
    expect(renderDiagnostics([], { format: "text" })).toBe("");
    const warning: Diagnostic = { ...diagnostics[0]!, severity: "warning", code: "IDIO310" };
    expect(renderDiagnostics([warning], { format: "text" })).toContain("0 errors, 1 warning\n");
  });

  it("json: the list, unchanged", () => {
    const json = renderDiagnostics(diagnostics, { format: "json" });
    expect(JSON.parse(json)).toEqual(diagnostics);
    expect(renderDiagnostics([], { format: "json" })).toBe("[]\n");
  });
});
