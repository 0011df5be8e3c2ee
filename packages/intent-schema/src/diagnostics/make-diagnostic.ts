import type { DiagnosticCodeInfo } from "./codes.js";
import type { Diagnostic, SourcePosition } from "./diagnostic.js";

/** A diagnostic of a registered code at a known position. */
export function makeDiagnostic(
  info: DiagnosticCodeInfo,
  file: string,
  position: SourcePosition,
  path: string,
  message: string,
  hint?: string,
): Diagnostic {
  return {
    code: info.code,
    severity: info.severity,
    message,
    file,
    ...position,
    path,
    ...(hint === undefined ? {} : { hint }),
  };
}
