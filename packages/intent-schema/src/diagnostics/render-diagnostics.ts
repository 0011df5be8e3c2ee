import { codeFrameColumns } from "@babel/code-frame";
import type { Diagnostic, Severity } from "./diagnostic.js";

export interface RenderOptions {
  readonly format: "text" | "json";
  /** Source text per file name, for the code frame under each diagnostic. */
  readonly sources?: ReadonlyMap<string, string>;
  readonly color?: boolean;
}

/**
 * Diagnostics for people (`file:line:column severity CODE message`, a code
 * frame and the hint, then a count) or for machines (the JSON list).
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: RenderOptions,
): string {
  if (options.format === "json") return `${JSON.stringify(diagnostics, null, 2)}\n`;
  if (diagnostics.length === 0) return "";
  const paint = painter(options.color ?? false);
  const blocks = diagnostics.map((diagnostic) => renderOne(diagnostic, options.sources, paint));
  return `${blocks.join("\n")}\n${summary(diagnostics, paint)}\n`;
}

type Paint = (style: "red" | "yellow" | "blue" | "dim" | "bold" | "cyan", text: string) => string;

function renderOne(
  diagnostic: Diagnostic,
  sources: ReadonlyMap<string, string> | undefined,
  paint: Paint,
): string {
  const location =
    diagnostic.line > 0
      ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`
      : diagnostic.file;
  const lines = [
    `${paint("bold", location)} ${severityLabel(diagnostic.severity, paint)} ${paint("dim", diagnostic.code)} ${diagnostic.message}`,
  ];
  const text = sources?.get(diagnostic.file);
  if (text !== undefined && diagnostic.line > 0) {
    const end =
      diagnostic.endLine !== undefined &&
      diagnostic.endLine === diagnostic.line &&
      diagnostic.endColumn !== undefined
        ? { end: { line: diagnostic.endLine, column: diagnostic.endColumn } }
        : {};
    const frame = codeFrameColumns(
      text,
      { start: { line: diagnostic.line, column: diagnostic.column }, ...end },
      { highlightCode: paint !== plain, forceColor: paint !== plain, linesAbove: 2, linesBelow: 1 },
    );
    lines.push(indent(frame));
  }
  if (diagnostic.hint !== undefined) lines.push(`  ${paint("cyan", "hint:")} ${diagnostic.hint}`);
  return `${lines.join("\n")}\n`;
}

function severityLabel(severity: Severity, paint: Paint): string {
  if (severity === "error") return paint("red", "error");
  if (severity === "warning") return paint("yellow", "warning");
  return paint("blue", "info");
}

function summary(diagnostics: readonly Diagnostic[], paint: Paint): string {
  const count = (severity: Severity) => diagnostics.filter((d) => d.severity === severity).length;
  const parts = [
    plural(count("error"), "error"),
    plural(count("warning"), "warning"),
    count("info") > 0 ? plural(count("info"), "note") : undefined,
  ].filter((part): part is string => part !== undefined);
  const text = parts.join(", ");
  return count("error") > 0 ? paint("red", text) : paint("yellow", text);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

const CODES = { red: 31, yellow: 33, blue: 34, cyan: 36, dim: 2, bold: 1 } as const;
const plain: Paint = (_style, text) => text;
const colored: Paint = (style, text) => `\u001b[${CODES[style]}m${text}\u001b[0m`;

function painter(color: boolean): Paint {
  return color ? colored : plain;
}
