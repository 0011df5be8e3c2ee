import { Worker } from "node:worker_threads";
import type { Diagnostic } from "@idio-iac/core";
import type { Plan } from "idio-iac";
import { planFromText } from "@idio-iac/cli/diff";

export interface PlanJob {
  readonly text: string;
  /** The path diagnostics and annotations name (relative to the repository root). */
  readonly fileName: string;
  readonly today: string;
}

export interface PlanOutcome {
  readonly plan?: Plan;
  readonly diagnostics: readonly Diagnostic[];
}

/** Marks a worker started by planAll (the bundle is its own worker script). */
export const WORKER_FLAG = "idioPlanWorker";

export function planJob(job: PlanJob): PlanOutcome {
  const result = planFromText(job.text, job.fileName, { today: job.today });
  return {
    ...(result.plan === undefined ? {} : { plan: result.plan }),
    diagnostics: result.diagnostics,
  };
}

/**
 * Plans every job, `workers` at a time in worker threads (one thread plans
 * inline). Results come back in job order whatever order the workers finish
 * in, so the report is the same on every run.
 */
export async function planAll(
  jobs: readonly PlanJob[],
  workers: number,
  script: URL,
): Promise<PlanOutcome[]> {
  const count = Math.min(workers, jobs.length);
  if (count <= 1) return jobs.map(planJob);
  const results: PlanOutcome[] = new Array<PlanOutcome>(jobs.length);
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { [WORKER_FLAG]: true } });
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      };
      worker.on("message", (message: { index: number; outcome: PlanOutcome }) => {
        results[message.index] = message.outcome;
        feed();
      });
      worker.on("error", reject);
      feed();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
