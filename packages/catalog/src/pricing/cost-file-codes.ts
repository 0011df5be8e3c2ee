import type { DiagnosticCode } from "@idio-iac/core";

/**
 * Codes for cost files a user hands to `idio cost` (IDIO610-614): a price book
 * (`--price-book`) or a saved report (`--compare-to`) that cannot be used.
 * Errors: the command stops with exit 2. Documented in docs/diagnostics.md.
 */
export const CostFileCode = {
  /** `--price-book`: not JSON, or not the shape `idio prices refresh` writes. */
  PriceBookInvalid: "IDIO610",
  /** `--compare-to`: a saved `idio cost --format json` report that is cut short or malformed. */
  CostReportInvalid: "IDIO611",
  /** Either file is larger than IDIO reads. */
  CostFileTooLarge: "IDIO612",
} as const satisfies Record<string, DiagnosticCode>;
