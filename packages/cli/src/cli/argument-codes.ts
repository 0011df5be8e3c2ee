import type { DiagnosticCodeInfo } from "@idio-iac/intent-schema";

const define = <const T extends Record<string, DiagnosticCodeInfo>>(codes: T): T => codes;

/**
 * Diagnostics of command-line arguments (IDIO720–IDIO739): option values are
 * checked like intent fields, each with a code and a hint. Documented in
 * docs/diagnostics.md, "Output and command line" (a test keeps the two in step).
 */
export const ArgumentCodes = define({
  UnknownChoice: { code: "IDIO720", severity: "error", title: "Unknown option value" },
  BadDate: { code: "IDIO721", severity: "error", title: "Impossible date" },
  NumberOutOfRange: { code: "IDIO722", severity: "error", title: "Option number out of range" },
  BadSetting: { code: "IDIO723", severity: "error", title: "Malformed key=value" },
});

export const ARGUMENT_DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] =
  Object.values(ArgumentCodes);
