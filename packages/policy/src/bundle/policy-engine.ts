import { createRequire } from "node:module";
import type * as OpaWasm from "@open-policy-agent/opa-wasm";

// The SDK's ES module entry exports only the async loader; its CommonJS entry has loadPolicySync.
const opaWasm = createRequire(import.meta.url)("@open-policy-agent/opa-wasm") as typeof OpaWasm;

/** Runs a compiled policy: in this thread (the built-in rules) or in a worker (user bundles). */
export interface PolicyEngine {
  readonly entrypoints: readonly string[];
  /**
   * The raw OPA result set of one entrypoint; `input` is the document or its JSON bytes (an
   * ArrayBuffer, which the SDK reads as they are). `timeoutMs` is ignored in-process.
   */
  evaluate(input: unknown, entrypoint: string, timeoutMs: number): unknown;
}

/** The built-in bundle is IDIO's own code: evaluated in-process, without a time limit (fast). */
export function inProcessEngine(wasm: Uint8Array): PolicyEngine {
  const policy = opaWasm.loadPolicySync(wasm);
  return {
    entrypoints: Object.keys(policy.entrypoints as Record<string, number>),
    evaluate: (input, entrypoint) => policy.evaluate(input, entrypoint) as unknown,
  };
}
