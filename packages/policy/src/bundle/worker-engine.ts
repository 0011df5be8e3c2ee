import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import { PolicyDiagnostic } from "../diagnostic-codes.js";
import { MAX_MEMORY_PAGES } from "./bundle-limits.js";
import { InputJson } from "../input-json.js";
import type { PolicyEngine } from "./policy-engine.js";
import { PolicyBundleError } from "./policy-bundle-error.js";

/** The worker sits one level above both `src/` and `dist/`, like the built-in bundle. */
const WORKER_URL = new URL("../../worker/bundle-worker.mjs", import.meta.url);

/** Starting a thread is IDIO's cost, not the bundle's: it gets its own, generous limit. */
const BOOT_TIMEOUT_MS = 60_000;

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * A user bundle instantiated in a worker thread and called synchronously:
 * post a request, block on `Atomics.wait` with the time limit, take the answer
 * with `receiveMessageOnPort` (the synckit pattern). On timeout the worker is
 * terminated, which stops wasm mid-loop, and the engine refuses later calls.
 * Synchronous so that `plan()` stays synchronous; the built-in rules do not
 * pay for this (they run in-process).
 */
export function workerEngine(wasm: Uint8Array, bundle: string, timeoutMs: number): PolicyEngine {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_URL, {
    workerData: { port: port2, signal, maxMemoryPages: MAX_MEMORY_PAGES },
    transferList: [port2],
    // A rule building a huge result must not take the CLI's heap with it.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
    stdout: true,
    stderr: true,
  });
  // Never keeps the process alive; a CLI run ends when its work does.
  worker.unref();
  port1.unref();
  let answered = 0;
  let dead: PolicyBundleError | undefined;

  const call = (request: object | undefined, limit: number, what: string): unknown => {
    if (dead) throw dead;
    if (request) port1.postMessage(request);
    const deadline = Date.now() + limit;
    for (;;) {
      const message = receiveMessageOnPort(port1);
      if (message) {
        answered += 1;
        const reply = message.message as Reply;
        if (reply.ok) return reply.value;
        if (what === "loading") {
          throw new PolicyBundleError(
            bundle,
            `not a WebAssembly policy (${reply.error.split("\n")[0]})`,
          );
        }
        throw new PolicyBundleError(
          bundle,
          `failed while ${what} (${reply.error.split("\n")[0]})`,
          PolicyDiagnostic.BundleEvaluationFailed,
          "A rule trapped or ran out of memory inside the WebAssembly; check it with opa eval on the same input.",
        );
      }
      const left = deadline - Date.now();
      if (left <= 0) break;
      Atomics.wait(signal, 0, answered, left);
    }
    void worker.terminate();
    dead = new PolicyBundleError(
      bundle,
      `${what} did not finish within ${seconds(limit)} (it ran too long or ran out of memory); it was stopped`,
      PolicyDiagnostic.BundleTimeout,
      "Look for a rule that iterates over a very large set (numbers.range, nested comprehensions), or raise --policy-timeout.",
    );
    throw dead;
  };

  call(undefined, BOOT_TIMEOUT_MS, "starting its sandbox");
  const entrypoints = call({ kind: "load", wasm }, timeoutMs, "loading") as string[];
  return {
    entrypoints,
    evaluate: (input, entrypoint, limit) =>
      call({ kind: "evaluate", input: wire(input), entrypoint }, limit, `evaluating ${entrypoint}`),
  };
}

/** What crosses to the worker: an InputJson as its bytes (one encoding shared by every worker). */
function wire(input: unknown): unknown {
  return input instanceof InputJson ? input.bytes() : input;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
