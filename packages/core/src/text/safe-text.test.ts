import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clipText,
  escapeForTerminal,
  escapeHtml,
  escapeMarkdown,
  escapeMermaidLabel,
  hasUnsafeCharacters,
  markdownCode,
} from "./safe-text.js";

/** Any character a terminal acts on or that hides text (what no escaped output may contain). */
const RAW_UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

describe("escapeForTerminal", () => {
  it.each([
    ["NUL", "a\u0000b", "a\\x00b"],
    ["ESC / ANSI colour", "\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m"],
    ["bell and backspace", "\u0007\u0008", "\\x07\\x08"],
    ["tab, newline, carriage return", "a\tb\nc\rd", "a\\tb\\nc\\rd"],
    ["DEL", "a\u007f", "a\\x7f"],
    ["C1 (CSI, NEL)", "\u009b2J\u0085", "\\x9b2J\\x85"],
    [
      "bidi embeddings and overrides",
      "\u202a\u202b\u202c\u202d\u202e",
      "\\u202a\\u202b\\u202c\\u202d\\u202e",
    ],
    ["bidi isolates", "\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069"],
    ["bidi marks", "\u200e\u200f\u061c", "\\u200e\\u200f\\u061c"],
    ["zero-width", "\u200b\u200c\u200d\u2060\ufeff", "\\u200b\\u200c\\u200d\\u2060\\ufeff"],
    ["line and paragraph separators", "\u2028\u2029", "\\u2028\\u2029"],
    ["lone surrogates", "\ud800x\udc00", "\\ud800x\\udc00"],
  ])("%s", (_, input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
    expect(hasUnsafeCharacters(input)).toBe(true);
  });

  it("leaves ordinary text alone, accents, emoji and CJK included", () => {
    for (const text of ["shop", "Café — naïve", "ok 👍", "店舗", "a\\b", "<script>"]) {
      expect(escapeForTerminal(text)).toBe(text);
      expect(hasUnsafeCharacters(text)).toBe(false);
    }
  });

  it("never lets an unsafe character through, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(escapeForTerminal(text)).not.toMatch(RAW_UNSAFE);
      }),
    );
  });
});

describe("escapeHtml", () => {
  it("turns markup into entities", () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
    expect(escapeHtml("a\u001bb")).toBe("a\\x1bb");
  });
});

describe("escapeMarkdown", () => {
  it.each([
    ["HTML", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["a link", "[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["an image", "![x](https://evil.example/a.png)", "!\\[x\\](https://evil.example/a.png)"],
    ["an autolink", "<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"],
    ["a table cell break", "a | b", "a \\| b"],
    ["a code span", "`rm -rf`", "\\`rm -rf\\`"],
    ["emphasis", "*bold* _it_ ~~no~~", "\\*bold\\* \\_it\\_ \\~\\~no\\~\\~"],
    ["a heading after a newline", "ok\n# heading", "ok # heading"],
    ["a leading heading", "# heading", "\\# heading"],
    ["a leading list item", "- item", "\\- item"],
    ["a leading plus item", "+ item", "\\+ item"],
    ["a leading quote", "> quote", "&gt; quote"],
    ["a leading numbered item", "1. first", "1\\. first"],
    ["a number, not a list", "0.5 vCPU", "0.5 vCPU"],
    ["an entity", "&amp;", "&amp;amp;"],
    ["a backslash", "a\\b", "a\\\\b"],
    ["controls (escaped, then shown literally)", "a\u001b[31mb\u202e", "a\\\\x1b\\[31mb\\\\u202e"],
    ["CRLF and separators", "a\r\nb\u2028c", "a b c"],
  ])("%s", (_, input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it("keeps ordinary prose as it was", () => {
    expect(escapeMarkdown("Online store for EU customers (checkout, catalogue).")).toBe(
      "Online store for EU customers (checkout, catalogue).",
    );
  });

  it("never yields raw HTML, a link, a line break or a control, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const out = escapeMarkdown(text);
        expect(out).not.toMatch(RAW_UNSAFE);
        expect(out).not.toMatch(/[<>]/);
        expect(out).not.toMatch(/(?<!\\)[[\]|`]/);
      }),
    );
  });
});

describe("markdownCode", () => {
  it("fences longer than any backtick run and escapes table pipes", () => {
    expect(markdownCode("api.service")).toBe("`api.service`");
    expect(markdownCode("a`b")).toBe("``a`b``");
    expect(markdownCode("`x`")).toBe("`` `x` ``");
    expect(markdownCode("a|b\nc\u001b")).toBe("`a\\|b c\\x1b`");
  });
});

describe("escapeMermaidLabel", () => {
  it("turns quotes, brackets, & and # into Mermaid entity codes", () => {
    expect(escapeMermaidLabel(`tier "web" <b> & #1\nnext`)).toBe(
      "tier #quot;web#quot; #lt;b#gt; #amp; #35;1 next",
    );
    expect(escapeMermaidLabel("api.service")).toBe("api.service");
  });

  it("turns backticks into #96; so a label cannot close a Markdown fence around the diagram", () => {
    expect(escapeMermaidLabel("a ```\n# b")).toBe("a #96;#96;#96; #35; b");
  });
});

describe("clipText", () => {
  it("keeps short text and cuts long text with a count", () => {
    expect(clipText("short", 10)).toBe("short");
    expect(clipText("a".repeat(25), 10)).toBe(`${"a".repeat(10)}… (15 more characters)`);
  });

  it("never splits a surrogate pair", () => {
    expect(clipText("ab😀cd", 3)).toBe("ab… (4 more characters)");
  });
});
