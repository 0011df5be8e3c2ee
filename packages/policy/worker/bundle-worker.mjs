// Hosts one user policy bundle in a worker thread, so the main thread can wait for an
// answer with a time limit (Atomics.wait) and terminate a rule that runs too long.
// Plain JavaScript on purpose: the same file runs from the sources (vitest) and the
// published package without a build step. Protocol: see src/bundle/worker-engine.ts.
import { createRequire } from "node:module";
import { workerData } from "node:worker_threads";

// The SDK's ES module entry exports only the async loader; its CommonJS entry has loadPolicySync.
const { loadPolicySync } = createRequire(import.meta.url)("@open-policy-agent/opa-wasm");

const { port, signal, maxMemoryPages } = workerData;
let policy;

function answer(reply) {
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

port.on("message", (request) => {
  try {
    if (request.kind === "load") {
      policy = loadPolicySync(request.wasm, { initial: 5, maximum: maxMemoryPages });
      answer({ ok: true, value: Object.keys(policy.entrypoints) });
    } else {
      answer({ ok: true, value: policy.evaluate(request.input, request.entrypoint) });
    }
  } catch (error) {
    answer({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});

// Booted: the main thread starts timing user code only from here.
answer({ ok: true, value: "ready" });
