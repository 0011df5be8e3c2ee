// The Action's entry (bundled to packages/action/bundle/index.mjs). The
// runner runs the file; @github/local-action imports it and calls run(); a
// planning worker thread runs the same file with its flag in workerData.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { run as runAction } from "./main.js";
import { planJob, WORKER_FLAG, type PlanJob } from "./plan-pool.js";

/** What local-action calls: the whole Action, with this file as the planning worker. */
export async function run(): Promise<void> {
  await runAction({ workerScript: new URL(import.meta.url) });
}

function isEntryScript(): boolean {
  if (process.argv[1] === undefined) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  parentPort?.on("message", (message: { index: number; job: PlanJob }) => {
    parentPort?.postMessage({ index: message.index, outcome: planJob(message.job) });
  });
} else if (isMainThread && isEntryScript()) {
  run().catch((error: unknown) => {
    // A bug in IDIO, not the user's: say so plainly, with the stack for the report.
    process.stdout.write(
      `::error title=IDIO internal error::${String(error instanceof Error ? error.stack : error)
        .replace(/%/g, "%25")
        .replace(/\r/g, "%0D")
        .replace(/\n/g, "%0A")}\n`,
    );
    process.exitCode = 3;
  });
}
