import type { Severity } from "./diagnostic.js";

/**
 * Every diagnostic the intent phase (reading, parsing, schema, semantic
 * checks) can report. Codes are stable: a code is never reused for another
 * kind of problem. Ranges: IDIO0xx reading the file, IDIO1xx YAML, IDIO2xx
 * schema, IDIO3xx meaning. Each is documented in docs/diagnostics.md (a test
 * keeps the two in step).
 */
export interface DiagnosticCodeInfo {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
}

const define = <const T extends Record<string, DiagnosticCodeInfo>>(codes: T): T => codes;

export const IntentCodes = define({
  FileNotFound: { code: "IDIO001", severity: "error", title: "File not found" },
  NotAFile: { code: "IDIO002", severity: "error", title: "Not a regular file" },
  FileTooLarge: { code: "IDIO003", severity: "error", title: "File too large" },
  FileUnreadable: { code: "IDIO004", severity: "error", title: "File cannot be read" },
  ReportTruncated: { code: "IDIO008", severity: "info", title: "Diagnostics left out" },
  EmptyDocument: { code: "IDIO100", severity: "error", title: "Empty document" },
  NotText: { code: "IDIO101", severity: "error", title: "Not UTF-8 text" },
  YamlSyntax: { code: "IDIO102", severity: "error", title: "YAML syntax error" },
  DuplicateKey: { code: "IDIO103", severity: "error", title: "Duplicate key" },
  ResourceLimit: {
    code: "IDIO104",
    severity: "error",
    title: "Too many aliases or too deeply nested",
  },
  MultipleDocuments: { code: "IDIO105", severity: "error", title: "More than one YAML document" },
  RootNotMapping: { code: "IDIO106", severity: "error", title: "Document is not a mapping" },
  UnsupportedTag: { code: "IDIO107", severity: "error", title: "Unsupported YAML tag" },
  ReservedKey: { code: "IDIO108", severity: "error", title: "Reserved key" },
  NonStringKey: { code: "IDIO109", severity: "error", title: "Key is not a plain string" },
  UnknownProperty: { code: "IDIO200", severity: "error", title: "Unknown property" },
  MissingProperty: { code: "IDIO201", severity: "error", title: "Missing required property" },
  WrongType: { code: "IDIO202", severity: "error", title: "Wrong type" },
  NotAllowedValue: { code: "IDIO203", severity: "error", title: "Value not allowed" },
  OutOfRange: { code: "IDIO204", severity: "error", title: "Number out of range" },
  BadString: { code: "IDIO205", severity: "error", title: "Malformed string" },
  BadList: { code: "IDIO206", severity: "error", title: "List too short, too long or repeated" },
  SchemaViolation: { code: "IDIO207", severity: "error", title: "Schema violation" },
  DuplicateTierName: { code: "IDIO300", severity: "error", title: "Duplicate tier name" },
  UnknownTier: { code: "IDIO301", severity: "error", title: "connectsTo names an unknown tier" },
  SelfConnection: { code: "IDIO302", severity: "error", title: "Tier connects to itself" },
  ScalingInverted: { code: "IDIO303", severity: "error", title: "scaling.min above scaling.max" },
  DrRegionSameAsRegion: {
    code: "IDIO304",
    severity: "error",
    title: "drRegion is the primary region",
  },
  EngineMismatch: { code: "IDIO305", severity: "error", title: "Engine does not fit tier type" },
  BadTagKey: { code: "IDIO306", severity: "error", title: "Invalid tag key" },
  BadTagValue: { code: "IDIO307", severity: "error", title: "Invalid tag value" },
  TooManyTags: { code: "IDIO308", severity: "error", title: "Too many tags" },
  PublicNotAllowed: {
    code: "IDIO309",
    severity: "error",
    title: "Tier type cannot be public",
  },
  FieldNotApplicable: {
    code: "IDIO310",
    severity: "warning",
    title: "Field has no effect on this tier type",
  },
  BackendIncomplete: {
    code: "IDIO311",
    severity: "error",
    title: "S3 backend without bucket",
  },
  NoTlsDomain: {
    code: "IDIO312",
    severity: "warning",
    title: "Public tier without a domain for TLS",
  },
  SecurityOverridden: {
    code: "IDIO313",
    severity: "warning",
    title: "Security setting overridden by compliance",
  },
  ComputeMismatch: {
    code: "IDIO314",
    severity: "error",
    title: "Compute choice does not fit tier type",
  },
  DuplicateAlertEmail: {
    code: "IDIO315",
    severity: "warning",
    title: "Alert e-mail repeated in another case",
  },
});

export type IntentCodeName = keyof typeof IntentCodes;

export const INTENT_DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] = Object.values(IntentCodes);
