import { COMPLIANCE_FRAMEWORKS, type ComplianceFramework } from "@idio-iac/intent-schema";
import { SEVERITIES, type RawViolation, type RuleMetadata, type Severity } from "../types.js";
import { canonical } from "../canonical.js";
import { byString } from "../compare.js";
import { PolicyDiagnostic } from "../diagnostic-codes.js";
import {
  DEFAULT_BUNDLE_LIMITS,
  DEFAULT_POLICY_TIMEOUT_MS,
  type BundleLimits,
} from "./bundle-limits.js";
import { inProcessEngine, type PolicyEngine } from "./policy-engine.js";
import { PolicyBundleError } from "./policy-bundle-error.js";
import { readBundleArchive } from "./read-bundle-archive.js";
import { checkViolations } from "./check-violations.js";
import { workerEngine } from "./worker-engine.js";

export { PolicyBundleError } from "./policy-bundle-error.js";

export const FINDINGS_ENTRYPOINT = "idio/findings";
export const METADATA_ENTRYPOINT = "idio/rule_metadata";

/** A compiled policy bundle, instantiated once and evaluated many times. */
export interface PolicyBundle {
  /** `builtin`, or the user bundle's file name. */
  readonly name: string;
  /** Rule metadata by Rego package name. */
  readonly rules: ReadonlyMap<string, RuleMetadata>;
  /**
   * Evaluates the bundle on an input (the document, its JSON bytes as an ArrayBuffer, or an
   * InputJson, which several bundles can share), returning each rule's violations. A user
   * bundle throws PolicyBundleError (IDIO519) past `timeoutMs`, or (IDIO520)
   * when it traps or answers in the wrong shape.
   */
  evaluate(input: unknown, options?: { readonly timeoutMs?: number }): RawViolation[];
}

export interface LoadBundleOptions {
  /** Caps on the archive (defaults: DEFAULT_BUNDLE_LIMITS). */
  readonly limits?: Partial<BundleLimits>;
  /** Time limit for instantiating the bundle and reading its METADATA (default 5 s). */
  readonly timeoutMs?: number;
}

/**
 * Loads a user bundle from the bytes of `policy.wasm` or of the `bundle.tar.gz`
 * that `opa build -t wasm -e idio/findings -e idio/rule_metadata` writes. The
 * bytes are untrusted: the archive is size-capped and checked entry by entry,
 * and the wasm runs in a worker thread with a time limit (see worker-engine.ts).
 * Throws PolicyBundleError (with a code and hint) for anything unusable.
 */
export function loadPolicyBundle(
  bytes: Uint8Array,
  name: string,
  options: LoadBundleOptions = {},
): PolicyBundle {
  const limits = { ...DEFAULT_BUNDLE_LIMITS, ...options.limits };
  const timeoutMs = options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS;
  if (bytes.length > limits.maxCompressedBytes) {
    throw new PolicyBundleError(
      name,
      `is ${bytes.length} bytes, more than the ${limits.maxCompressedBytes} a bundle may be`,
      PolicyDiagnostic.BundleTooLarge,
      "A real bundle is a few MiB; check that the path names an opa build -t wasm output.",
    );
  }
  const wasm = isGzip(bytes) ? wasmFromTarGz(bytes, name, limits) : bytes;
  if (!isWasm(wasm)) {
    throw new PolicyBundleError(
      name,
      "not a WebAssembly policy (neither a .tar.gz nor a module starting with \\0asm)",
    );
  }
  return bundleOf(workerEngine(wasm, name, timeoutMs), name, timeoutMs, true);
}

/** The built-in rules: IDIO's own wasm, in-process. */
export function loadTrustedBundle(wasm: Uint8Array, name: string): PolicyBundle {
  let engine: PolicyEngine;
  try {
    engine = inProcessEngine(wasm);
  } catch (error) {
    throw new PolicyBundleError(name, `not a WebAssembly policy (${String(error)})`);
  }
  return bundleOf(engine, name, 0, false);
}

function bundleOf(
  engine: PolicyEngine,
  name: string,
  loadTimeoutMs: number,
  untrusted: boolean,
): PolicyBundle {
  for (const entrypoint of [FINDINGS_ENTRYPOINT, METADATA_ENTRYPOINT]) {
    if (!engine.entrypoints.includes(entrypoint)) {
      throw new PolicyBundleError(
        name,
        `entrypoint ${entrypoint} missing (has ${engine.entrypoints.join(", ") || "none"}); build with -e ${FINDINGS_ENTRYPOINT} -e ${METADATA_ENTRYPOINT}`,
      );
    }
  }
  const rules = readMetadata(engine, name, loadTimeoutMs);
  return {
    name,
    rules,
    evaluate(input, options = {}) {
      const result = engine.evaluate(
        input,
        FINDINGS_ENTRYPOINT,
        options.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS,
      );
      const violations = (result as { result?: unknown }[] | undefined)?.[0]?.result ?? [];
      if (untrusted) checkViolations(violations, name);
      return canonical(violations as RawViolation[]);
    },
  };
}

function readMetadata(
  engine: PolicyEngine,
  name: string,
  timeoutMs: number,
): Map<string, RuleMetadata> {
  const result = engine.evaluate({}, METADATA_ENTRYPOINT, timeoutMs) as
    { result?: unknown }[] | undefined;
  const annotations = result?.[0]?.result ?? {};
  if (typeof annotations !== "object" || annotations === null || Array.isArray(annotations)) {
    throw new PolicyBundleError(name, `${METADATA_ENTRYPOINT} is not an object of rule packages`);
  }
  const rules = new Map<string, RuleMetadata>();
  for (const [pkg, annotation] of Object.entries(annotations as Record<string, unknown>).sort(
    ([a], [b]) => byString(a, b),
  )) {
    if (typeof annotation !== "object" || annotation === null) {
      throw new PolicyBundleError(
        name,
        `rule package idio.rules.${pkg}: METADATA is not an object`,
      );
    }
    rules.set(pkg, ruleMetadata(pkg, annotation as Annotations, name));
  }
  return rules;
}

interface Annotations {
  readonly title?: unknown;
  readonly description?: unknown;
  readonly custom?: Record<string, unknown>;
}

const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;
const HTTPS = /^https:\/\/[^\s]+$/;

/** Validates one package's METADATA; a bundle with a malformed rule is refused whole. */
function ruleMetadata(pkg: string, annotations: Annotations, source: string): RuleMetadata {
  const custom =
    typeof annotations.custom === "object" && annotations.custom !== null ? annotations.custom : {};
  const problem = (what: string) =>
    new PolicyBundleError(
      source,
      `rule package idio.rules.${pkg}: ${what}`,
      PolicyDiagnostic.BundleNotPolicy,
      "Fix the rule's METADATA block (see examples/custom-policy/README.md).",
    );
  const id = custom.id;
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    throw problem("custom.id must be an id like ACME-S3-001");
  }
  if (typeof annotations.title !== "string") throw problem("title is required");
  const severity = custom.severity;
  if (!SEVERITIES.includes(severity as Severity)) {
    throw problem(`custom.severity must be one of ${SEVERITIES.join(", ")}`);
  }
  const frameworks = custom.frameworks ?? [];
  const controls = custom.controls ?? {};
  if (!Array.isArray(frameworks)) throw problem("custom.frameworks must be a list");
  if (typeof controls !== "object" || controls === null || Array.isArray(controls)) {
    throw problem("custom.controls must be an object of framework -> control ids");
  }
  for (const framework of [...frameworks, ...Object.keys(controls)]) {
    if (!COMPLIANCE_FRAMEWORKS.includes(framework as ComplianceFramework)) {
      throw problem(
        `unknown framework ${String(framework)} (use ${COMPLIANCE_FRAMEWORKS.join(", ")})`,
      );
    }
  }
  for (const [framework, list] of Object.entries(controls)) {
    if (!Array.isArray(list) || !list.every((control) => typeof control === "string")) {
      throw problem(`custom.controls.${framework} must be a list of control ids`);
    }
  }
  const docs = custom.docs === undefined ? [] : custom.docs;
  const links = typeof docs === "string" ? [docs] : docs;
  if (
    !Array.isArray(links) ||
    !links.every((link) => typeof link === "string" && HTTPS.test(link))
  ) {
    throw problem("custom.docs must be an https:// URL or a list of them");
  }
  const deploy = custom.deploy;
  if (deploy !== undefined && deploy !== "error" && deploy !== "warning") {
    throw problem("custom.deploy must be error or warning");
  }
  return {
    id,
    package: pkg,
    title: annotations.title,
    description: typeof annotations.description === "string" ? annotations.description : "",
    rationale: typeof custom.rationale === "string" ? custom.rationale.trim() : "",
    severity: severity as Severity,
    fixable: custom.fixable === true,
    frameworks: frameworks as ComplianceFramework[],
    controls: controls as RuleMetadata["controls"],
    source,
    ...(links.length === 0 ? {} : { docs: links as string[] }),
    ...(deploy === undefined ? {} : { deploy }),
  };
}

function isWasm(bytes: Uint8Array): boolean {
  return bytes[0] === 0 && bytes[1] === 0x61 && bytes[2] === 0x73 && bytes[3] === 0x6d;
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function wasmFromTarGz(bytes: Uint8Array, name: string, limits: BundleLimits): Uint8Array {
  const wasm = readBundleArchive(bytes, name, limits).get("policy.wasm");
  if (!wasm) {
    throw new PolicyBundleError(name, "no policy.wasm inside; build it with opa build -t wasm");
  }
  return wasm;
}
