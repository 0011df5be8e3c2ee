import { infoOf, type DiagnosticCode } from "./code-registry.js";
import type { Diagnostic, IntentSource, RelatedLocation } from "./diagnostic.js";

/** Everything about one problem except what the registry already knows (its severity). */
export interface DiagnosticFields {
  readonly message: string;
  readonly file: string;
  /** 1-based; 0 (the default) when the problem concerns the whole file. */
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** JSON pointer into the document ("" by default). */
  readonly path?: string;
  readonly hint?: string;
  readonly related?: readonly RelatedLocation[];
}

/**
 * The one way to build a diagnostic: the code names a registry entry, which
 * supplies the severity, so a code can never be reported with another one.
 */
export function diagnostic(code: DiagnosticCode, fields: DiagnosticFields): Diagnostic {
  const { line = 0, column = 0, endLine, endColumn, path = "", hint, related } = fields;
  return {
    code,
    severity: infoOf(code).severity,
    message: fields.message,
    file: fields.file,
    line,
    column,
    ...(endLine === undefined ? {} : { endLine }),
    ...(endColumn === undefined ? {} : { endColumn }),
    path,
    ...(hint === undefined ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}

/**
 * A diagnostic at a JSON pointer of the intent, located through `source`
 * (unlocated, in "<intent>", without one). Severity comes from the registry.
 */
export function diagnosticAt(
  source: IntentSource | undefined,
  pointer: string,
  fields: {
    readonly code: DiagnosticCode;
    readonly message: string;
    readonly hint?: string;
    readonly related?: readonly RelatedLocation[];
  },
): Diagnostic {
  // Field by field, not through a rest pattern and spreads: a policy report at scale builds
  // thousands of these, and copying objects by their keys cost more than the rest of the call.
  const position = source?.locate(pointer);
  return diagnostic(fields.code, {
    message: fields.message,
    file: source?.fileName ?? "<intent>",
    line: position?.line ?? 0,
    column: position?.column ?? 0,
    endLine: position?.endLine,
    endColumn: position?.endColumn,
    path: pointer,
    hint: fields.hint,
    related: fields.related,
  });
}
