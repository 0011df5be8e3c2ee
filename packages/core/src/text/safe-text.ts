/**
 * Escaping for user-supplied text (intent names, tags, waiver reasons, file
 * names, messages from user policy bundles) before it reaches a terminal, a
 * Markdown file or a Mermaid label. JSON output needs none of this: JSON
 * strings are already safe, and must stay raw.
 */

/**
 * Characters that change what a terminal shows or does, or hide text from a
 * reader: C0 controls (NUL, ESC, newline, …), DEL, C1 controls, bidirectional
 * overrides and isolates, zero-width characters, line/paragraph separators,
 * the byte-order mark and lone surrogates.
 */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const SHORT: Readonly<Record<string, string>> = { "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One unsafe character as a visible escape: `\x1b`, `\n`, `\u202e`. */
function visible(char: string): string {
  const short = SHORT[char];
  if (short !== undefined) return short;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Text for a terminal: every control, bidi, zero-width and separator
 * character becomes a visible escape (`\x1b[31m` prints as those characters,
 * not as red). Newlines too: call it on single values, not on whole reports.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

/** True when `escapeForTerminal` would change `text`. */
export function hasUnsafeCharacters(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}

const HTML: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for HTML (and raw HTML inside Markdown): `& < > " '` become entities; controls escaped. */
export function escapeHtml(text: string): string {
  return escapeForTerminal(text).replace(/[&<>"']/g, (char) => HTML[char]!);
}

/** Line breaks of any kind: a single-line context joins them with a space. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * Text for one line of Markdown (a paragraph, heading, list item or table
 * cell): no raw HTML (`& < >` become entities), no links or images
 * (`[`, `]` escaped), no code spans, emphasis or table cells (`` ` * _ ~ | ``
 * escaped), no block syntax at the start (`#`, `-`, `+`, `>`, `1.`), newlines
 * joined with a space and controls escaped. It renders as the text it was.
 */
export function escapeMarkdown(text: string): string {
  const oneLine = escapeForTerminal(text.replace(LINE_BREAKS, " "));
  const inline = oneLine
    .replace(/[\\`*_~[\]|]/g, (char) => `\\${char}`)
    .replace(/[&<>]/g, (char) => HTML[char]!);
  // Block syntax only matters at the start of the line the text begins.
  return inline.replace(/^(\s*)([#+-]|\d+[.)])(?=\s|$)/, (_, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}` : `${space}\\${mark}`,
  );
}

/**
 * Text as a Markdown code span (`` `like this` ``): the fence is longer than
 * any run of backticks inside, `|` is escaped (GFM tables split on it even in
 * code) and newlines and controls are escaped.
 */
export function markdownCode(text: string): string {
  const body = escapeForTerminal(text.replace(LINE_BREAKS, " ")).replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text inside a quoted Mermaid label (`id["…"]`): quotes, angle brackets,
 * `&`, `#` and backticks become Mermaid entity codes (a run of backticks would
 * close the fence around a diagram embedded in Markdown), newlines a space,
 * controls escaped.
 */
export function escapeMermaidLabel(text: string): string {
  return escapeForTerminal(text.replace(LINE_BREAKS, " ")).replace(
    /[#"<>&`]/g,
    (char) => MERMAID[char]!,
  );
}

const MERMAID: Readonly<Record<string, string>> = {
  "#": "#35;",
  '"': "#quot;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
};

/**
 * At most `max` characters of `text` (counted in UTF-16 units, never splitting
 * a surrogate pair), with `…` and the number of characters left out when cut.
 * Keeps reports linear in their input when a value is huge.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}… (${text.length - end} more characters)`;
}
