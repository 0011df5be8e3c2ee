import { createRequire } from "node:module";
import type * as OpaWasm from "@open-policy-agent/opa-wasm";
import { InputJson } from "../input-json.js";

// The SDK's ES module entry exports only the async loader; its CommonJS entry has loadPolicySync.
const opaWasm = createRequire(import.meta.url)("@open-policy-agent/opa-wasm") as typeof OpaWasm;

/** Runs a compiled policy: in this thread (the built-in rules) or in a worker (user bundles). */
export interface PolicyEngine {
  readonly entrypoints: readonly string[];
  /**
   * The raw OPA result set of one entrypoint; `input` is the document, its JSON bytes (an
   * ArrayBuffer, which the SDK reads as they are) or an InputJson. `timeoutMs` is ignored
   * in-process.
   */
  evaluate(input: unknown, entrypoint: string, timeoutMs: number): unknown;
}

/** The built-in bundle is IDIO's own code: evaluated in-process, without a time limit (fast). */
export function inProcessEngine(wasm: Uint8Array): PolicyEngine {
  const policy = opaWasm.loadPolicySync(wasm);
  const entrypoints = policy.entrypoints as Record<string, number>;
  return {
    entrypoints: Object.keys(entrypoints),
    evaluate: (input, entrypoint) =>
      input instanceof InputJson && policy.minorVersion >= 2 && entrypoint in entrypoints
        ? evaluateText(policy, input.text, entrypoints[entrypoint]!)
        : (policy.evaluate(
            input instanceof InputJson ? input.bytes() : input,
            entrypoint,
          ) as unknown),
  };
}

interface OpaExports {
  opa_eval(
    reserved: number,
    entrypoint: number,
    data: number,
    input: number,
    inputLength: number,
    heap: number,
    format: number,
  ): number;
}

const PAGE_BYTES = 64 * 1024;
const encoder = new TextEncoder();

/**
 * What the SDK's `evaluate` does with an ArrayBuffer (ABI 1.2's one-call `opa_eval`), with the
 * text encoded straight into the wasm memory: no intermediate copy of a document of megabytes.
 * The heap starts after the input, so evaluations do not accumulate.
 */
function evaluateText(policy: OpaWasm.LoadedPolicy, text: string, entrypoint: number): unknown {
  const at = policy.dataHeapPtr as number;
  // One pass when the text is ASCII (one byte per character, the usual case); else measure it.
  let length = encodeAt(policy, text, at, text.length);
  if (length < 0) length = encodeAt(policy, text, at, Buffer.byteLength(text, "utf8"));
  const exports = (policy.wasmInstance as unknown as { exports: OpaExports }).exports;
  const result = exports.opa_eval(0, entrypoint, policy.dataAddr, at, length, at + length, 0);
  return readJson(policy.mem, result);
}

/** Encodes `text` as UTF-8 at `at` in up to `room` bytes: the byte length, or -1 if it did not fit. */
function encodeAt(policy: OpaWasm.LoadedPolicy, text: string, at: number, room: number): number {
  const missing = at + room - policy.mem.buffer.byteLength;
  if (missing > 0) policy.mem.grow(Math.ceil(missing / PAGE_BYTES));
  const { read, written } = encoder.encodeInto(text, new Uint8Array(policy.mem.buffer, at, room));
  return read === text.length ? written : -1;
}

/** The NUL-terminated JSON the wasm wrote at `address`, parsed. */
function readJson(memory: { readonly buffer: ArrayBuffer }, address: number): unknown {
  const bytes = Buffer.from(memory.buffer);
  const end = bytes.indexOf(0, address);
  return JSON.parse(bytes.toString("utf8", address, end)) as unknown;
}
