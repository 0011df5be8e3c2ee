import { clipText, escapeForTerminal } from "../text/safe-text.js";
import { boundDiagnostics, describeOmitted, type ReportEntry } from "./bound-diagnostics.js";
import { codeFrame } from "./code-frame.js";
import { infoOf } from "./code-registry.js";
import type { Diagnostic, Severity } from "./diagnostic.js";
import { REPORT_LIMITS } from "./report-limits.js";

export interface RenderOptions {
  readonly format: "text" | "json";
  /** Source text per file name, for the code frame under each diagnostic. */
  readonly sources?: ReadonlyMap<string, string>;
  readonly color?: boolean;
}

/** A diagnostic in a JSON report: `count` appears only when repeats were collapsed into it. */
export type ReportedDiagnostic = Diagnostic & { readonly count?: number };

/**
 * Diagnostics for people (`file:line:column severity CODE message`, a code
 * frame and the hint, then a count) or for machines (the JSON list). Both are
 * bounded (REPORT_LIMITS, docs/diagnostics.md): repeats of one code at one
 * path collapse, at most 100 per file are shown and the rest counted, long
 * lines, messages and hints are cut. Text escapes control characters; JSON
 * keeps every string raw.
 */
export function renderDiagnostics(
  diagnostics: readonly Diagnostic[],
  options: RenderOptions,
): string {
  const entries = boundDiagnostics(diagnostics);
  if (options.format === "json") {
    return `${JSON.stringify(entries.map(toJson), null, 2)}\n`;
  }
  if (diagnostics.length === 0) return "";
  const paint = painter(options.color ?? false);
  const lines = new Map<string, readonly string[]>();
  const linesOf = (file: string): readonly string[] | undefined => {
    const text = options.sources?.get(file);
    if (text === undefined) return undefined;
    let split = lines.get(file);
    if (split === undefined) {
      split = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
      lines.set(file, split);
    }
    return split;
  };
  const blocks = entries.map((entry) =>
    entry.kind === "shown"
      ? renderOne(entry.diagnostic, entry.count, linesOf, paint)
      : `${paint("bold", safe(entry.file))} ${paint("dim", `${describeOmitted(entry)} not shown.`)}\n`,
  );
  return `${blocks.join("\n")}\n${summary(diagnostics, paint)}\n`;
}

function toJson(entry: ReportEntry): ReportedDiagnostic {
  if (entry.kind === "omitted") {
    const total = entry.errors + entry.warnings + entry.infos;
    return {
      code: "IDIO008",
      severity: infoOf("IDIO008").severity,
      message: `${describeOmitted(entry)} in ${clip(entry.file)} not shown.`,
      file: entry.file,
      line: 0,
      column: 0,
      path: "",
      hint: "Fix the problems shown and run again; the rest are often consequences of the same mistake.",
      count: total,
    };
  }
  const { diagnostic, count } = entry;
  const clipped = {
    ...diagnostic,
    message: clip(diagnostic.message),
    ...(diagnostic.hint === undefined ? {} : { hint: clip(diagnostic.hint) }),
    ...(diagnostic.related === undefined
      ? {}
      : {
          related: diagnostic.related.map((related) => ({
            ...related,
            message: clip(related.message),
          })),
        }),
  };
  return count > 1 ? { ...clipped, count } : clipped;
}

type Paint = (style: "red" | "yellow" | "blue" | "dim" | "bold" | "cyan", text: string) => string;

function renderOne(
  diagnostic: Diagnostic,
  count: number,
  linesOf: (file: string) => readonly string[] | undefined,
  paint: Paint,
): string {
  const location =
    diagnostic.line > 0
      ? `${safe(diagnostic.file)}:${diagnostic.line}:${diagnostic.column}`
      : safe(diagnostic.file);
  const repeated = count > 1 ? ` ${paint("dim", `(reported ${count} times here)`)}` : "";
  const lines = [
    `${paint("bold", location)} ${severityLabel(diagnostic.severity, paint)} ${paint("dim", safe(diagnostic.code))} ${safe(diagnostic.message)}${repeated}`,
  ];
  const source = linesOf(diagnostic.file);
  if (source !== undefined && diagnostic.line > 0) {
    lines.push(indent(codeFrame(source, diagnostic, paint !== plain)));
  }
  for (const related of diagnostic.related ?? []) {
    const at =
      related.line > 0
        ? `${safe(related.file)}:${related.line}:${related.column}`
        : safe(related.file);
    lines.push(`  ${paint("dim", "related:")} ${at} ${safe(related.message)}`);
  }
  if (diagnostic.hint !== undefined)
    lines.push(`  ${paint("cyan", "hint:")} ${safe(diagnostic.hint)}`);
  return `${lines.join("\n")}\n`;
}

/** Clipped, then with control characters escaped: one line of terminal text. */
function safe(text: string): string {
  return escapeForTerminal(clip(text));
}

function clip(text: string): string {
  return clipText(text, REPORT_LIMITS.maxTextLength);
}

function severityLabel(severity: Severity, paint: Paint): string {
  if (severity === "error") return paint("red", "error");
  if (severity === "warning") return paint("yellow", "warning");
  return paint("blue", "info");
}

function summary(diagnostics: readonly Diagnostic[], paint: Paint): string {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errors += 1;
    else if (diagnostic.severity === "warning") warnings += 1;
    else infos += 1;
  }
  const parts = [
    plural(errors, "error"),
    plural(warnings, "warning"),
    infos > 0 ? plural(infos, "note") : undefined,
  ].filter((part): part is string => part !== undefined);
  const text = parts.join(", ");
  return errors > 0 ? paint("red", text) : paint("yellow", text);
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
