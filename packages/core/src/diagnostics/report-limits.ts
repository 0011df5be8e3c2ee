/**
 * Bounds on a diagnostics report, so that its size grows at most linearly
 * with the input however hostile the input is (20,000 errors on one line of
 * a 200 KB file still print a report of a few tens of kilobytes).
 * Documented in docs/diagnostics.md.
 */
export const REPORT_LIMITS = {
  /** Diagnostics shown per file (after collapsing repeats); the rest are counted. */
  maxPerFile: 100,
  /** Columns of source shown per code-frame line, around the reported column. */
  frameWidth: 200,
  /** Characters of a message or hint shown; longer ones end in "… (N more characters)". */
  maxTextLength: 1000,
} as const;
