import { diagnostic } from "@idio-iac/core";
import type { DiagnosticCodeInfo } from "./codes.js";
import type { Diagnostic, RelatedLocation, SourcePosition } from "./diagnostic.js";

/**
 * The intent phases' shorthand for core's `diagnostic()` at a known position;
 * the severity still comes from the registry, through the code.
 */
export function makeDiagnostic(
  info: DiagnosticCodeInfo,
  file: string,
  position: SourcePosition,
  path: string,
  message: string,
  hint?: string,
  related?: readonly RelatedLocation[],
): Diagnostic {
  return diagnostic(info.code, { message, file, ...position, path, hint, related });
}
