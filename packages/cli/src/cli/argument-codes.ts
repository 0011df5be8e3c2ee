import { codeInfos, type DiagnosticCodeInfo } from "@idio-iac/core";

/**
 * Diagnostics of command-line arguments (IDIO720–IDIO739): option values are
 * checked like intent fields, each with a code and a hint. Documented in
 * docs/diagnostics.md, "Output and command line" (core's registry test keeps the two in step).
 */
export const ArgumentCodes = codeInfos({
  UnknownChoice: "IDIO720",
  BadDate: "IDIO721",
  NumberOutOfRange: "IDIO722",
  BadSetting: "IDIO723",
});

export const ARGUMENT_DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] =
  Object.values(ArgumentCodes);
