import { createRequire } from "node:module";
import type * as OpaWasm from "@open-policy-agent/opa-wasm";
import type { LoadedPolicy } from "@open-policy-agent/opa-wasm";
import { COMPLIANCE_FRAMEWORKS, type ComplianceFramework } from "@idio/intent-schema";
import { SEVERITIES, type RawViolation, type RuleMetadata, type Severity } from "../types.js";
import { canonical } from "../canonical.js";
import { byString } from "../compare.js";
import { readTarGz } from "./read-tar-gz.js";

// The SDK's ES module entry exports only the async loader; its CommonJS entry has loadPolicySync.
const opaWasm = createRequire(import.meta.url)("@open-policy-agent/opa-wasm") as typeof OpaWasm;

export const FINDINGS_ENTRYPOINT = "idio/findings";
export const METADATA_ENTRYPOINT = "idio/rule_metadata";

/** A compiled policy bundle, instantiated once and evaluated many times. */
export interface PolicyBundle {
  /** `builtin`, or the user bundle's file name. */
  readonly name: string;
  /** Rule metadata by Rego package name. */
  readonly rules: ReadonlyMap<string, RuleMetadata>;
  /** Evaluates the bundle on an input, returning each rule's violations. */
  evaluate(input: unknown): RawViolation[];
}

/** A bundle that cannot be used; the message says what is wrong with it. */
export class PolicyBundleError extends Error {
  override readonly name = "PolicyBundleError";
}

/**
 * Loads a bundle from the bytes of `policy.wasm` or of the `bundle.tar.gz`
 * that `opa build -t wasm -e idio/findings -e idio/rule_metadata` writes.
 */
export function loadPolicyBundle(bytes: Uint8Array, name: string): PolicyBundle {
  const wasm = isGzip(bytes) ? wasmFromTarGz(bytes, name) : bytes;
  let policy: LoadedPolicy;
  try {
    policy = opaWasm.loadPolicySync(wasm);
  } catch (error) {
    throw new PolicyBundleError(`${name}: not a WebAssembly policy (${String(error)})`);
  }
  const entrypoints = Object.keys(policy.entrypoints as Record<string, number>);
  for (const entrypoint of [FINDINGS_ENTRYPOINT, METADATA_ENTRYPOINT]) {
    if (!entrypoints.includes(entrypoint)) {
      throw new PolicyBundleError(
        `${name}: entrypoint ${entrypoint} missing (has ${entrypoints.join(", ") || "none"}); build with -e ${FINDINGS_ENTRYPOINT} -e ${METADATA_ENTRYPOINT}`,
      );
    }
  }
  const rules = readMetadata(policy, name);
  return {
    name,
    rules,
    evaluate(input) {
      const result = policy.evaluate(input, FINDINGS_ENTRYPOINT) as { result: RawViolation[] }[];
      return canonical(result[0]?.result ?? []);
    },
  };
}

function readMetadata(policy: LoadedPolicy, name: string): Map<string, RuleMetadata> {
  const result = policy.evaluate({}, METADATA_ENTRYPOINT) as {
    result: Record<string, Annotations>;
  }[];
  const annotations = result[0]?.result ?? {};
  const rules = new Map<string, RuleMetadata>();
  for (const [pkg, annotation] of Object.entries(annotations).sort(([a], [b]) => byString(a, b))) {
    rules.set(pkg, ruleMetadata(pkg, annotation, name));
  }
  return rules;
}

interface Annotations {
  readonly title?: unknown;
  readonly description?: unknown;
  readonly custom?: Record<string, unknown>;
}

const RULE_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/;

/** Validates one package's METADATA; a bundle with a malformed rule is refused whole. */
function ruleMetadata(pkg: string, annotations: Annotations, source: string): RuleMetadata {
  const custom = annotations.custom ?? {};
  const problem = (what: string) =>
    new PolicyBundleError(`${source}: rule package idio.rules.${pkg}: ${what}`);
  const id = custom.id;
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    throw problem("custom.id must be an id like ACME-S3-001");
  }
  if (typeof annotations.title !== "string") throw problem("title is required");
  const severity = custom.severity;
  if (!SEVERITIES.includes(severity as Severity)) {
    throw problem(`custom.severity must be one of ${SEVERITIES.join(", ")}`);
  }
  const frameworks = (custom.frameworks ?? []) as unknown[];
  const controls = (custom.controls ?? {}) as Record<string, unknown>;
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
  };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function wasmFromTarGz(bytes: Uint8Array, name: string): Uint8Array {
  let files: Map<string, Uint8Array>;
  try {
    files = readTarGz(bytes);
  } catch (error) {
    throw new PolicyBundleError(`${name}: not a readable bundle.tar.gz (${String(error)})`);
  }
  const wasm = files.get("policy.wasm");
  if (!wasm) {
    throw new PolicyBundleError(`${name}: no policy.wasm inside; build it with opa build -t wasm`);
  }
  return wasm;
}
