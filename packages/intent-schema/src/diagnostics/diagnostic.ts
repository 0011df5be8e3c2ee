// The diagnostic shape is core's (one contract for every phase); re-exported
// here so existing imports from @idio-iac/intent-schema keep working.
export {
  diagnosticAt,
  hasErrors,
  type Diagnostic,
  type IntentSource,
  type RelatedLocation,
  type Severity,
  type SourcePosition,
} from "@idio-iac/core";
