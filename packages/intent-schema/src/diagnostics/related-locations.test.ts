import { describe, expect, it } from "vitest";
import { parseIntent } from "../parse-intent.js";
import { renderDiagnostics } from "./render-diagnostics.js";

const TEXT = [
  "apiVersion: idio.dev/v1",
  "name: shop",
  "environment: development",
  "tiers:",
  "  - name: web",
  "    type: web",
  "  - name: web",
  "    type: api",
  "",
].join("\n");

describe("a duplicate tier name points at both tiers", () => {
  const { diagnostics } = parseIntent(TEXT, "shop/intent.yaml");
  const duplicate = diagnostics.find((d) => d.code === "IDIO300")!;

  it("reports the second tier and relates the first", () => {
    expect(duplicate).toMatchObject({ line: 7, column: 11, path: "/tiers/1/name" });
    expect(duplicate.related).toEqual([
      {
        file: "shop/intent.yaml",
        line: 5,
        column: 11,
        path: "/tiers/0/name",
        message: 'tiers[0] is named "web" here',
      },
    ]);
  });

  it("text: a related line after the code frame", () => {
    const text = renderDiagnostics([duplicate], {
      format: "text",
      sources: new Map([["shop/intent.yaml", TEXT]]),
    });
    expect(text.split("\n").filter((line) => /^ {2}(related|hint):/.test(line))).toEqual([
      '  related: shop/intent.yaml:5:11 tiers[0] is named "web" here',
      "  hint: Tier names become resource ids and must be unique; rename one of them.",
    ]);
  });

  it("JSON: the related list as it is", () => {
    const [json] = JSON.parse(renderDiagnostics([duplicate], { format: "json" })) as [
      { related: unknown },
    ];
    expect(json.related).toEqual(duplicate.related);
  });

  it("other diagnostics carry no related field", () => {
    const { diagnostics: others } = parseIntent(TEXT.replace("name: shop", "name: Shop"), "x.yaml");
    expect(others.filter((d) => d.code !== "IDIO300").every((d) => !("related" in d))).toBe(true);
  });
});
