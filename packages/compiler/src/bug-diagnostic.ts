import { diagnostic, type Diagnostic } from "@idio-iac/core";
import type { CompileCode } from "./diagnostic-codes.js";

const BUG_HINT =
  "This is a bug in IDIO, not in your intent. Please report it with the intent that caused it.";

type BugCode = (typeof CompileCode)["GraphIntegrity" | "DependencyCycle" | "CompilerCrashed"];

/** An internal diagnostic (IDIO400-402): a bug in IDIO, reported for the whole file. */
export function bugDiagnostic(code: BugCode, fileName: string, message: string): Diagnostic {
  return diagnostic(code, { message, file: fileName, hint: BUG_HINT });
}
