import fc from "fast-check";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { everyKindGraph } from "../test-support/every-kind.js";
import { synthesizeCloudFormation } from "./emit-cloudformation.js";
import { libraryYaml, templateYaml } from "./template-yaml.js";

/** Every template (parents and nested parts) a graph's synthesis writes. */
function templatesOf(graph: Parameters<typeof synthesizeCloudFormation>[0]) {
  return synthesizeCloudFormation(graph).stacks.flatMap((stack) => [
    stack.template,
    ...(stack.nested ?? []).map((child) => child.template),
  ]);
}

// Strings whose YAML 1.1 form is not the string itself: booleans, nulls,
// numbers, indicators, document markers, quotes, control characters, blocks.
const TRICKY = [
  "",
  " ",
  "yes",
  "No",
  "ON",
  "off",
  "y",
  "N",
  "true",
  "False",
  "null",
  "~",
  "NULL",
  "1",
  "-1",
  "1.5",
  ".5",
  "1e3",
  "0x1F",
  "0o17",
  "017",
  "0b101",
  "1_000",
  "1:20",
  "1:20.5",
  ".inf",
  "-.Inf",
  ".NaN",
  "2026-11-29",
  "2026-11-29T10:00:00Z",
  "=",
  "<<",
  "*",
  "&a",
  "!tag",
  "%x",
  "---",
  "--- x",
  "...",
  "- x",
  "-",
  "?",
  "? x",
  ":",
  "a: b",
  "a:b",
  "a #b",
  "a#b",
  "#x",
  "x ",
  " x",
  "a\tb",
  "'",
  '"',
  "it's",
  'say "hi"',
  `both ' and "`,
  "[x]",
  "{x}",
  "a,b",
  "|",
  ">",
  "@x",
  "`x",
  "line\nline",
  "line\nline\n",
  "line\n\nline\n\n",
  "  lead\nline",
  "trail \nline",
  "x\n ",
  "\r\n",
  "\u0000",
  "\u0007",
  "\u0085",
  "\u00a0",
  "\u2028",
  "é",
  "日本",
  "\ud800",
  "#!/bin/bash\nset -e\necho 'hi'\n",
  "%YAML 1.1\nx",
  "a\n---\nb",
  "x".repeat(1100),
  "arn:aws:s3:::bucket/*",
  "${AWS::Region}",
  "Fn::Sub",
  "10.0.0.0/16",
  "0.0.0.0/0",
];

// The library writes "<<" bare (its 1.1 merge key) even when told to quote it; templateYaml quotes it.
const LIKE_LIBRARY = TRICKY.filter((text) => text !== "<<");

const VALUES = [0, -0, 1, -1, 1.5, 1e21, 2 ** 53, 0.1, true, false, {}, [], [[]], [{}], { a: {} }];

describe("templateYaml", () => {
  it("writes every example's and every-kind fixture's templates exactly as the yaml library does", () => {
    const templates = [
      ...compiledExamples().flatMap((example) => templatesOf(example.graph)),
      ...templatesOf(everyKindGraph("global")),
      ...templatesOf(everyKindGraph("regional")),
    ];
    expect(templates.length).toBeGreaterThan(15);
    for (const template of templates) expect(templateYaml(template)).toBe(libraryYaml(template));
  });

  it("quotes, blocks and escapes each tricky string as a key, a value and an item as the library does", () => {
    for (const text of LIKE_LIBRARY) {
      const template = {
        [text]: text,
        Nested: { [text]: { Value: text, List: [text, [text], { [text]: text }] } },
      };
      expect(templateYaml(template), JSON.stringify(text)).toBe(libraryYaml(template));
    }
  });

  it("writes numbers, booleans and empty collections as the library does", () => {
    const template = { Top: VALUES, Map: Object.fromEntries(VALUES.map((v, i) => [`K${i}`, v])) };
    expect(templateYaml(template)).toBe(libraryYaml(template));
  });

  it("marks YAML 1.1's merge key and value indicator so PyYAML reads them as strings", () => {
    const text = templateYaml({ "<<": "=", List: ["<<"] });
    expect(text).toBe('"<<": "="\nList:\n  - "<<"\n');
    expect(parse(text, { version: "1.1", merge: true })).toEqual({ "<<": "=", List: ["<<"] });
  });

  it("falls back to the library for what a JSON template never holds (null, undefined items)", () => {
    for (const template of [{ A: null }, { A: { B: null, C: null } }, { A: [1, undefined] }]) {
      expect(templateYaml(template)).toBe(libraryYaml(template));
    }
  });

  it("matches the library on arbitrary JSON-shaped templates", () => {
    // Any text but "<<", which the library writes bare (above), as a key or a value.
    const text = (maxLength: number) =>
      fc.oneof(
        fc.string({ unit: "binary", maxLength }).filter((item) => item !== "<<"),
        fc.constantFrom(...LIKE_LIBRARY),
      );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        text(12),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.boolean(),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(text(8), tie("value"), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(fc.dictionary(text(8), json.value, { maxKeys: 5 }), (template) => {
        expect(templateYaml(template)).toBe(libraryYaml(template));
      }),
      { numRuns: 500 },
    );
  });
});
