import type { Diagnostic } from "./diagnostic.js";
import { REPORT_LIMITS } from "./report-limits.js";

/** A diagnostic to show, and how many times it was reported (same file, code and path). */
export interface ShownDiagnostic {
  readonly kind: "shown";
  readonly diagnostic: Diagnostic;
  readonly count: number;
}

/** What was left out of one file's report once it reached the limit. */
export interface OmittedDiagnostics {
  readonly kind: "omitted";
  readonly file: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export type ReportEntry = ShownDiagnostic | OmittedDiagnostics;

/**
 * The bounded form of a report, shared by the text and JSON renderers:
 * repeats of one code at one path (not the whole-document path "") collapse
 * into the first with a count; at most `maxPerFile` entries per file, then
 * one entry counting the rest, placed after that file's last shown one.
 * Linear in the number of diagnostics; order is kept.
 */
export function boundDiagnostics(
  diagnostics: readonly Diagnostic[],
  maxPerFile: number = REPORT_LIMITS.maxPerFile,
): ReportEntry[] {
  const shown: { diagnostic: Diagnostic; count: number }[] = [];
  const byKey = new Map<string, { count: number } | "omitted">();
  const shownPerFile = new Map<string, number>();
  const omitted = new Map<string, { errors: number; warnings: number; infos: number }>();
  for (const diagnostic of diagnostics) {
    const key =
      diagnostic.path === ""
        ? undefined
        : `${diagnostic.file}\u0000${diagnostic.code}\u0000${diagnostic.path}`;
    const earlier = key === undefined ? undefined : byKey.get(key);
    if (earlier !== undefined && earlier !== "omitted") {
      earlier.count += 1;
      continue;
    }
    const count = shownPerFile.get(diagnostic.file) ?? 0;
    if (earlier === undefined && count < maxPerFile) {
      const entry = { diagnostic, count: 1 };
      shown.push(entry);
      shownPerFile.set(diagnostic.file, count + 1);
      if (key !== undefined) byKey.set(key, entry);
      continue;
    }
    if (key !== undefined) byKey.set(key, "omitted");
    const left = omitted.get(diagnostic.file) ?? { errors: 0, warnings: 0, infos: 0 };
    if (diagnostic.severity === "error") left.errors += 1;
    else if (diagnostic.severity === "warning") left.warnings += 1;
    else left.infos += 1;
    omitted.set(diagnostic.file, left);
  }
  const lastShown = new Map<string, number>();
  shown.forEach((entry, index) => lastShown.set(entry.diagnostic.file, index));
  const entries: ReportEntry[] = [];
  shown.forEach((entry, index) => {
    entries.push({ kind: "shown", ...entry });
    const file = entry.diagnostic.file;
    const left = omitted.get(file);
    if (left !== undefined && lastShown.get(file) === index) {
      entries.push({ kind: "omitted", file, ...left });
    }
  });
  return entries;
}

/** "19,900 more diagnostics (19,899 errors, 1 warning)". */
export function describeOmitted(entry: OmittedDiagnostics): string {
  const total = entry.errors + entry.warnings + entry.infos;
  const parts = [
    entry.errors > 0 ? plural(entry.errors, "error") : undefined,
    entry.warnings > 0 ? plural(entry.warnings, "warning") : undefined,
    entry.infos > 0 ? plural(entry.infos, "note") : undefined,
  ].filter((part): part is string => part !== undefined);
  return `${plural(total, "more diagnostic")} (${parts.join(", ")})`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
