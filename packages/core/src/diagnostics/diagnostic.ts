/**
 * The one diagnostic shape every IDIO phase reports in (DESIGN.md §10): a
 * stable code per kind of problem, where it is in the user's file, and how
 * to fix it. Errors for users are values like this, never exceptions.
 */
export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable code, e.g. `IDIO301`; documented in docs/diagnostics.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The file as the user named it (never made absolute). */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the whole file (it could not be read). */
  readonly line: number;
  /** 1-based; 0 when line is 0. */
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** JSON pointer into the intent document ("" for the whole document). */
  readonly path: string;
  /** What to change to fix it. */
  readonly hint?: string;
  /** Other places that take part in the problem (the first definition of a repeated name). */
  readonly related?: readonly RelatedLocation[];
}

/** A second place a diagnostic points at, with why it matters. */
export interface RelatedLocation {
  readonly file: string;
  /** 1-based; 0 when unknown. */
  readonly line: number;
  readonly column: number;
  /** JSON pointer into the document. */
  readonly path?: string;
  readonly message: string;
}

export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/**
 * A parsed intent's source text and a way to find where a JSON pointer
 * points in it, so any later phase (compiler, policy, cost) can report a
 * problem at the YAML line that caused it.
 */
export interface IntentSource {
  readonly fileName: string;
  readonly text: string;
  /** Position of the node at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string): SourcePosition;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}
