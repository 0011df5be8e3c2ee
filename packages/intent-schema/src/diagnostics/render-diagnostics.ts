// The renderers live in core; re-exported for existing imports.
export { renderDiagnostics, type RenderOptions, type ReportedDiagnostic } from "@idio-iac/core";
