import type { Severity } from "./diagnostic.js";

/** Which step of the pipeline (or which edge) reports a code; docs/diagnostics.md has one section per phase. */
export type Phase =
  | "read"
  | "report"
  | "yaml"
  | "schema"
  | "meaning"
  | "compile"
  | "policy"
  | "cost"
  | "output"
  | "arguments"
  | "diff";

interface CodeEntry {
  readonly severity: Severity;
  readonly title: string;
  readonly phase: Phase;
  /** A bug in IDIO, not a problem with the user's input (exit 3, "please report"). */
  readonly internal?: true;
}

/**
 * Every diagnostic code IDIO reports, for every phase: the one source of
 * truth. Packages name codes through constants checked against this table
 * (`satisfies Record<string, DiagnosticCode>`); severity comes from here, and
 * core/src/diagnostics/code-registry.test.ts keeps it equal to docs/diagnostics.md.
 * Codes are stable: a code never changes meaning, and a retired one is never reused.
 */
const ENTRIES = {
  IDIO001: { severity: "error", title: "File not found", phase: "read" },
  IDIO002: { severity: "error", title: "Not a regular file", phase: "read" },
  IDIO003: { severity: "error", title: "File too large", phase: "read" },
  IDIO004: { severity: "error", title: "File cannot be read", phase: "read" },
  IDIO008: { severity: "info", title: "Diagnostics left out", phase: "report" },
  IDIO100: { severity: "error", title: "Empty document", phase: "yaml" },
  IDIO101: { severity: "error", title: "Not UTF-8 text", phase: "yaml" },
  IDIO102: { severity: "error", title: "YAML syntax error", phase: "yaml" },
  IDIO103: { severity: "error", title: "Duplicate key", phase: "yaml" },
  IDIO104: { severity: "error", title: "Too many aliases or too deeply nested", phase: "yaml" },
  IDIO105: { severity: "error", title: "More than one YAML document", phase: "yaml" },
  IDIO106: { severity: "error", title: "Document is not a mapping", phase: "yaml" },
  IDIO107: { severity: "error", title: "Unsupported YAML tag", phase: "yaml" },
  IDIO108: { severity: "error", title: "Reserved key", phase: "yaml" },
  IDIO109: { severity: "error", title: "Key is not a plain string", phase: "yaml" },
  IDIO200: { severity: "error", title: "Unknown property", phase: "schema" },
  IDIO201: { severity: "error", title: "Missing required property", phase: "schema" },
  IDIO202: { severity: "error", title: "Wrong type", phase: "schema" },
  IDIO203: { severity: "error", title: "Value not allowed", phase: "schema" },
  IDIO204: { severity: "error", title: "Number out of range", phase: "schema" },
  IDIO205: { severity: "error", title: "Malformed string", phase: "schema" },
  IDIO206: { severity: "error", title: "List too short, too long or repeated", phase: "schema" },
  IDIO207: { severity: "error", title: "Schema violation", phase: "schema" },
  IDIO300: { severity: "error", title: "Duplicate tier name", phase: "meaning" },
  IDIO301: { severity: "error", title: "connectsTo names an unknown tier", phase: "meaning" },
  IDIO302: { severity: "error", title: "Tier connects to itself", phase: "meaning" },
  IDIO303: { severity: "error", title: "scaling.min above scaling.max", phase: "meaning" },
  IDIO304: { severity: "error", title: "drRegion is the primary region", phase: "meaning" },
  IDIO305: { severity: "error", title: "Engine does not fit tier type", phase: "meaning" },
  IDIO306: { severity: "error", title: "Invalid tag key", phase: "meaning" },
  IDIO307: { severity: "error", title: "Invalid tag value", phase: "meaning" },
  IDIO308: { severity: "error", title: "Too many tags", phase: "meaning" },
  IDIO309: { severity: "error", title: "Tier type cannot be public", phase: "meaning" },
  IDIO310: {
    severity: "warning",
    title: "Field has no effect on this tier type",
    phase: "meaning",
  },
  IDIO311: { severity: "error", title: "S3 backend without bucket", phase: "meaning" },
  IDIO313: {
    severity: "warning",
    title: "Security setting overridden by compliance",
    phase: "meaning",
  },
  IDIO314: { severity: "error", title: "Compute choice does not fit tier type", phase: "meaning" },
  IDIO315: {
    severity: "warning",
    title: "Alert e-mail repeated in another case",
    phase: "meaning",
  },
  IDIO316: { severity: "error", title: "regions lists the primary region", phase: "meaning" },
  IDIO317: { severity: "error", title: "routing without regions", phase: "meaning" },
  IDIO318: {
    severity: "error",
    title: "Routing names a region that does not serve",
    phase: "meaning",
  },
  IDIO319: { severity: "error", title: "Invalid geolocation", phase: "meaning" },
  IDIO320: { severity: "warning", title: "Routing field has no effect", phase: "meaning" },
  IDIO321: { severity: "error", title: "drRegion set with regions", phase: "meaning" },
  IDIO323: {
    severity: "error",
    title: "Too many regions for an Aurora global database",
    phase: "meaning",
  },
  IDIO324: { severity: "error", title: "Routing needs a domain", phase: "meaning" },
  IDIO325: {
    severity: "error",
    title: "Failover routing has one standby region",
    phase: "meaning",
  },
  IDIO400: {
    severity: "error",
    title: "Graph integrity check failed",
    phase: "compile",
    internal: true,
  },
  IDIO401: {
    severity: "error",
    title: "Dependency cycle in the graph",
    phase: "compile",
    internal: true,
  },
  IDIO402: { severity: "error", title: "Compiler step failed", phase: "compile", internal: true },
  IDIO410: { severity: "error", title: "TLS needs a domain", phase: "compile" },
  IDIO411: { severity: "warning", title: "Not enough Availability Zones", phase: "compile" },
  IDIO412: { severity: "warning", title: "WAF cannot protect an HTTP API", phase: "compile" },
  IDIO414: { severity: "warning", title: "Connection ignored", phase: "compile" },
  IDIO415: { severity: "warning", title: "scaling.min below the zone count", phase: "compile" },
  IDIO416: { severity: "warning", title: "Size rounded up", phase: "compile" },
  IDIO417: { severity: "warning", title: "Queue without a consumer", phase: "compile" },
  IDIO418: { severity: "warning", title: "Worker never starts", phase: "compile" },
  IDIO419: { severity: "warning", title: "Dashboard cut short", phase: "compile" },
  IDIO420: { severity: "error", title: "Unknown resource id", phase: "compile" },
  IDIO421: { severity: "error", title: "Tier too large for Lambda", phase: "compile" },
  IDIO422: { severity: "warning", title: "Served on CloudFront's name", phase: "compile" },
  IDIO423: { severity: "warning", title: "Plain HTTP inside the VPC", phase: "compile" },
  IDIO424: { severity: "warning", title: "Connections inferred", phase: "compile" },
  IDIO425: { severity: "warning", title: "Data tier nothing reaches", phase: "compile" },
  IDIO426: { severity: "warning", title: "Traffic assumed", phase: "compile" },
  IDIO427: { severity: "warning", title: "Budget cannot be met", phase: "compile" },
  IDIO428: { severity: "warning", title: "Recovery objective not met", phase: "compile" },
  IDIO430: { severity: "error", title: "Environment variable IDIO or AWS sets", phase: "compile" },
  IDIO431: { severity: "error", title: "Lambda command is not one handler", phase: "compile" },
  IDIO432: {
    severity: "error",
    title: "Aurora version without global write forwarding",
    phase: "compile",
  },
  IDIO440: {
    severity: "warning",
    title: "Cache node type changed for Global Datastore",
    phase: "compile",
  },
  IDIO442: {
    severity: "error",
    title: "Cache engine too old for Global Datastore",
    phase: "compile",
  },
  IDIO443: {
    severity: "warning",
    title: "Shield Advanced needs the account's subscription",
    phase: "compile",
  },
  IDIO501: { severity: "warning", title: "Waiver expired", phase: "policy" },
  IDIO502: { severity: "warning", title: "Waiver matches no finding", phase: "policy" },
  IDIO503: { severity: "warning", title: "Waiver names an unknown rule", phase: "policy" },
  IDIO504: { severity: "error", title: "Policy fixes conflict", phase: "policy" },
  IDIO505: {
    severity: "error",
    title: "Rule id already defined, or rule without metadata",
    phase: "policy",
  },
  IDIO506: { severity: "error", title: "Fix cannot be applied", phase: "policy" },
  IDIO510: { severity: "error", title: "Policy bundle cannot be read", phase: "policy" },
  IDIO511: { severity: "error", title: "Policy bundle too large", phase: "policy" },
  IDIO512: { severity: "error", title: "Policy bundle inflates too far", phase: "policy" },
  IDIO513: { severity: "error", title: "Policy bundle archive malformed", phase: "policy" },
  IDIO514: {
    severity: "error",
    title: "Policy bundle entry is not a regular file",
    phase: "policy",
  },
  IDIO515: { severity: "error", title: "Policy bundle entry outside the archive", phase: "policy" },
  IDIO516: { severity: "error", title: "Policy bundle entry too large", phase: "policy" },
  IDIO517: { severity: "error", title: "Policy bundle has too many entries", phase: "policy" },
  IDIO518: { severity: "error", title: "Not an IDIO policy bundle", phase: "policy" },
  IDIO519: { severity: "error", title: "Policy bundle timed out", phase: "policy" },
  IDIO520: { severity: "error", title: "Policy bundle failed while running", phase: "policy" },
  IDIO521: { severity: "error", title: "Fix touches a prototype", phase: "policy" },
  IDIO522: { severity: "info", title: "User bundle fix not applied", phase: "policy" },
  IDIO523: { severity: "error", title: "User bundle fix outside props and tags", phase: "policy" },
  IDIO524: { severity: "error", title: "Plan cannot be deployed", phase: "policy" },
  IDIO601: { severity: "warning", title: "Region not in the price book", phase: "cost" },
  IDIO602: { severity: "warning", title: "Component not priced", phase: "cost" },
  IDIO603: { severity: "warning", title: "Over budget", phase: "cost" },
  IDIO604: { severity: "info", title: "Over the alert threshold", phase: "cost" },
  IDIO605: { severity: "warning", title: "Assumption not used", phase: "cost" },
  IDIO606: { severity: "error", title: "Price List request timed out", phase: "cost" },
  IDIO607: { severity: "error", title: "Price List pagination did not end", phase: "cost" },
  IDIO608: { severity: "error", title: "Price List request failed", phase: "cost" },
  IDIO609: { severity: "error", title: "Price book not written", phase: "cost" },
  IDIO610: { severity: "error", title: "Price book file invalid", phase: "cost" },
  IDIO611: { severity: "error", title: "Saved cost report invalid", phase: "cost" },
  IDIO612: { severity: "error", title: "Cost file too large or not a file", phase: "cost" },
  IDIO620: { severity: "warning", title: "Budget verdict unknown", phase: "cost" },
  IDIO700: { severity: "error", title: "Output directory is empty", phase: "output" },
  IDIO701: {
    severity: "error",
    title: "Output directory is the working directory",
    phase: "output",
  },
  IDIO702: { severity: "error", title: "Output directory holds the intent", phase: "output" },
  IDIO703: { severity: "error", title: "Output directory is a git work tree", phase: "output" },
  IDIO704: { severity: "error", title: "Output directory is the filesystem root", phase: "output" },
  IDIO705: {
    severity: "error",
    title: "Output directory is under /proc, /sys or /dev",
    phase: "output",
  },
  IDIO706: { severity: "error", title: "Output path is not a directory", phase: "output" },
  IDIO707: { severity: "error", title: "Output directory is not IDIO's", phase: "output" },
  IDIO708: { severity: "error", title: "Output manifest is invalid", phase: "output" },
  IDIO709: { severity: "error", title: "Generated files were edited", phase: "output" },
  IDIO710: { severity: "error", title: "A path IDIO writes is taken", phase: "output" },
  IDIO711: { severity: "warning", title: "Edited files overwritten (--force)", phase: "output" },
  IDIO712: { severity: "warning", title: "Edited file kept", phase: "output" },
  IDIO713: { severity: "error", title: "Another compile is writing the output", phase: "output" },
  IDIO714: { severity: "error", title: "Output could not be written", phase: "output" },
  IDIO715: { severity: "error", title: "Interrupted", phase: "output" },
  IDIO720: { severity: "error", title: "Unknown option value", phase: "arguments" },
  IDIO721: { severity: "error", title: "Impossible date", phase: "arguments" },
  IDIO722: { severity: "error", title: "Option number out of range", phase: "arguments" },
  IDIO723: { severity: "error", title: "Malformed key=value", phase: "arguments" },
  IDIO730: { severity: "error", title: "Sentence names no application", phase: "arguments" },
  IDIO731: { severity: "error", title: "Intent file exists", phase: "arguments" },
  IDIO732: { severity: "error", title: "Intent file not written", phase: "arguments" },
  IDIO733: { severity: "warning", title: "Words not used", phase: "arguments" },
  IDIO734: { severity: "warning", title: "Words not applied", phase: "arguments" },
  IDIO735: { severity: "error", title: "Sentence gives an invalid intent", phase: "arguments" },
  IDIO740: { severity: "error", title: "Saved plan invalid", phase: "diff" },
  IDIO741: { severity: "error", title: "Action input invalid", phase: "diff" },
  IDIO742: { severity: "error", title: "GitHub API request failed", phase: "diff" },
  IDIO743: { severity: "error", title: "Base version unreadable", phase: "diff" },
} as const satisfies Record<string, CodeEntry>;

/** A code in the registry, e.g. `"IDIO410"`. */
export type DiagnosticCode = keyof typeof ENTRIES;

/** One registry entry. `anchor` is the link to the code's section in docs/diagnostics.md. */
export interface DiagnosticCodeInfo {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly title: string;
  readonly phase: Phase;
  readonly anchor: string;
  readonly internal: boolean;
}

/** Codes no longer reported; they stay reserved so they never mean something else. */
export const RETIRED_CODES: readonly string[] = [
  // A CloudFront certificate or web ACL outside us-east-1 used to be dropped; they are now `edge` nodes.
  "IDIO413",
  // A public tier without a domain used to warn that it could not get HTTPS; CloudFront now serves it (IDIO422).
  "IDIO312",
  // A cache across more than two extra regions was refused (a Global Datastore's two secondaries);
  // active-active regions now run their own caches and failover routing has one standby (IDIO325).
  "IDIO322",
];

/** GitHub's heading anchor for `### IDIO410 — TLS needs a domain`. */
function anchorFor(code: string, title: string): string {
  const slug = `${code} — ${title}`
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
  return `docs/diagnostics.md#${slug}`;
}

export const DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] = Object.entries(ENTRIES).map(
  ([code, entry]: [string, CodeEntry]) => ({
    code: code as DiagnosticCode,
    severity: entry.severity,
    title: entry.title,
    phase: entry.phase,
    anchor: anchorFor(code, entry.title),
    internal: entry.internal === true,
  }),
);

const BY_CODE = new Map<string, DiagnosticCodeInfo>(
  DIAGNOSTIC_CODES.map((info) => [info.code, info]),
);

/** The registry entry of `code`, or undefined for a code IDIO does not define (or retired). */
export function codeInfo(code: string): DiagnosticCodeInfo | undefined {
  return BY_CODE.get(code);
}

/** The registry entry of a code known at compile time. */
export function infoOf(code: DiagnosticCode): DiagnosticCodeInfo {
  return BY_CODE.get(code)!;
}

/** True for codes that report a bug in IDIO itself (the CLI exits 3 for them). */
export function isInternal(code: string): boolean {
  return BY_CODE.get(code)?.internal === true;
}

/** The phase that reports `code`, or undefined for an unknown code. */
export function phaseOf(code: string): Phase | undefined {
  return BY_CODE.get(code)?.phase;
}

/**
 * Maps constant names to registered codes with their entries, e.g.
 * `codeInfos({ FileNotFound: "IDIO001" }).FileNotFound.severity`; a code
 * outside the registry is a type error.
 */
export function codeInfos<const T extends Record<string, DiagnosticCode>>(
  names: T,
): { readonly [K in keyof T]: DiagnosticCodeInfo & { readonly code: T[K] } } {
  return Object.fromEntries(
    Object.entries(names).map(([name, code]) => [name, infoOf(code)]),
  ) as never;
}
