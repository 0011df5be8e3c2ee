import type { CostCode } from "@idio-iac/catalog";

type RefreshCode = (typeof CostCode)[
  "PriceListTimeout" | "PriceListPagination" | "PriceListFailed" | "PriceBookNotWritten"];

/**
 * Why `idio prices refresh` stopped: a code from docs/diagnostics.md, a message
 * that names the request, and a hint. Nothing is written when it is thrown.
 */
export class RefreshError extends Error {
  override readonly name = "RefreshError";

  constructor(
    readonly code: RefreshCode,
    message: string,
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
