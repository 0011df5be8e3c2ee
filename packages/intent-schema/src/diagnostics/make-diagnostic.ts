import type { DiagnosticCodeInfo } from "./codes.js";
import type { Diagnostic, RelatedLocation, SourcePosition } from "./diagnostic.js";

/** A diagnostic of a registered code at a known position. */
export function makeDiagnostic(
  info: DiagnosticCodeInfo,
  file: string,
  position: SourcePosition,
  path: string,
  message: string,
  hint?: string,
  related?: readonly RelatedLocation[],
): Diagnostic {
  return {
    code: info.code,
    severity: info.severity,
    message,
    file,
    ...position,
    path,
    ...(hint === undefined ? {} : { hint }),
    ...(related === undefined || related.length === 0 ? {} : { related }),
  };
}
