import { codeFrameColumns } from "@babel/code-frame";
import { escapeForTerminal } from "../text/safe-text.js";
import type { Diagnostic } from "./diagnostic.js";
import { REPORT_LIMITS } from "./report-limits.js";

const ELLIPSIS = "…";
const LINES_ABOVE = 2;
const LINES_BELOW = 1;

/**
 * The code frame under a diagnostic: two lines above, one below, each cut to
 * a window of `width` columns around the reported column (`…` where cut) and
 * with control characters shown as escapes, so the caret stays under the
 * character it points at. Costs O(width) per line, whatever the line length:
 * `lines` is the file split once by the caller.
 */
export function codeFrame(
  lines: readonly string[],
  diagnostic: Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn">,
  color: boolean,
  width: number = REPORT_LIMITS.frameWidth,
): string {
  const index = Math.min(diagnostic.line, lines.length) - 1;
  const source = lines[index] ?? "";
  const column = Math.max(0, Math.min(diagnostic.column - 1, source.length));
  const end =
    diagnostic.endLine === diagnostic.line && diagnostic.endColumn !== undefined
      ? Math.max(column, Math.min(diagnostic.endColumn - 1, source.length))
      : undefined;
  const window = windowAround(source, column, width);
  const first = Math.max(0, index - LINES_ABOVE);
  const last = Math.min(lines.length - 1, index + LINES_BELOW);
  const shown: string[] = [];
  for (let i = first; i <= last; i++) {
    shown.push(i === index ? window.text : clipFrom(lines[i]!, window.start, width).text);
  }
  // With `startLine`, code-frame takes locations as lines of the whole file, not of `shown`.
  const start = { line: index + 1, column: window.columnOf(column) + 1 };
  const location =
    end !== undefined && end > column
      ? { start, end: { line: start.line, column: window.columnOf(end) + 1 } }
      : { start };
  return codeFrameColumns(shown.join("\n"), location, {
    highlightCode: color,
    forceColor: color,
    linesAbove: LINES_ABOVE,
    linesBelow: LINES_BELOW,
    startLine: first + 1,
  });
}

interface Window {
  readonly text: string;
  /** Raw offset in the line where the window starts. */
  readonly start: number;
  /** Display column (0-based) in `text` of a raw offset in the line. */
  columnOf(offset: number): number;
}

/** The part of `line` shown around `column`: about half the width before it, the rest after. */
function windowAround(line: string, column: number, width: number): Window {
  const half = Math.floor(width / 2);
  // Escaping only widens text, so `width` raw characters each side are always enough.
  const before = pieces(line.slice(Math.max(0, column - width), column));
  const after = pieces(line.slice(column, column + width));
  const afterWidth = measure(after, width);
  let budget = width - Math.min(afterWidth, width - half);
  let startPiece = before.length;
  while (startPiece > 0 && before[startPiece - 1]!.shown.length <= budget) {
    startPiece -= 1;
    budget -= before[startPiece]!.shown.length;
  }
  const rawStart =
    Math.max(0, column - width) + before.slice(0, startPiece).reduce((n, p) => n + p.raw, 0);
  const clipped = clipFrom(line, rawStart, width);
  return {
    text: clipped.text,
    start: rawStart,
    columnOf: (offset) => clipped.columnOf(offset),
  };
}

interface Piece {
  /** Raw UTF-16 length (1, or 2 for a surrogate pair). */
  readonly raw: number;
  readonly shown: string;
}

function pieces(text: string): Piece[] {
  return Array.from(text, (char) => ({ raw: char.length, shown: escapeForTerminal(char) }));
}

function measure(list: readonly Piece[], limit: number): number {
  let total = 0;
  for (const piece of list) {
    if (total + piece.shown.length > limit) return limit + 1;
    total += piece.shown.length;
  }
  return total;
}

/** `line` from raw offset `start`, escaped, at most `width` columns, `…` at each cut end. */
function clipFrom(
  line: string,
  start: number,
  width: number,
): { text: string; columnOf(offset: number): number } {
  const lead = start > 0 ? ELLIPSIS : "";
  const list = pieces(line.slice(start, start + width + 1));
  const offsets: number[] = [];
  let text = lead;
  let raw = start;
  let used = 0;
  for (const piece of list) {
    if (used + piece.shown.length > width) break;
    offsets.push(raw);
    text += piece.shown;
    used += piece.shown.length;
    raw += piece.raw;
  }
  const cutAtEnd = raw < line.length;
  const columns: number[] = [];
  let column = lead.length;
  for (const piece of list.slice(0, offsets.length)) {
    columns.push(column);
    column += piece.shown.length;
  }
  return {
    text: cutAtEnd ? `${text}${ELLIPSIS}` : text,
    columnOf(offset: number): number {
      if (offset <= start) return lead.length;
      // The first shown piece at or after the offset (offsets are sorted).
      let low = 0;
      let high = offsets.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (offsets[middle]! < offset) low = middle + 1;
        else high = middle;
      }
      return low < columns.length ? columns[low]! : column;
    },
  };
}
