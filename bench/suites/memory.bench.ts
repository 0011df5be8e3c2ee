import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench } from "tinybench";
import { syntheticIntentYaml } from "../../packages/intent-schema/src/test-support/synthetic-intent.js";
import type { BenchLine } from "../run.js";

const BIN = fileURLToPath(new URL("../../packages/cli/bin/idio.js", import.meta.url));
const PROBE = fileURLToPath(new URL("../memory-probe.mjs", import.meta.url));
const TIERS = 1000;

/** What bench/memory-probe.mjs writes at the child's exit, in bytes. */
interface Peaks {
  readonly maxRss: number;
  readonly peakHeap: number;
  readonly peakLive: number;
  readonly peakExternal: number;
}

/** Children to run; each peak is reported as the median over them. */
const RUNS = Math.max(1, Number(process.env.BENCH_MEMORY_RUNS ?? 1) || 1);
/**
 * With V8's collector on helper threads (node's default), when marking finishes depends on how
 * the threads are scheduled: on a loaded machine the peaks of one build move by 100 MB between
 * runs. On the main thread alone they repeat within a few MB, so revisions can be compared.
 * BENCH_MEMORY_CONCURRENT_GC=1 measures node's default instead.
 */
const CONCURRENT_GC = process.env.BENCH_MEMORY_CONCURRENT_GC === "1";
const GC_FLAGS = CONCURRENT_GC ? [] : ["--single-threaded-gc"];

/**
 * Peak memory of `idio compile` of the 1,000-tier synthetic intent, both targets written to a
 * new output directory, as a user runs it: the built CLI in a fresh `node` process (so nothing
 * the bench process loaded or kept counts), measured by the probe preloaded into it.
 */
export const lines: readonly BenchLine[] = [
  {
    label: `idio compile synthetic ${TIERS} tiers, both targets (fresh process, ${CONCURRENT_GC ? "concurrent" : "single-threaded"} GC)`,
    measure: async () => {
      const runs: Peaks[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await compileInChild());
      const mb = (key: keyof Peaks) =>
        `${(median(runs.map((r) => r[key])) / 1024 / 1024).toFixed(0)} MB`;
      const peaks = [
        `peak RSS ${mb("maxRss")}`,
        `peak heap ${mb("peakHeap")}`,
        `peak live heap ${mb("peakLive")}`,
        `peak external ${mb("peakExternal")}`,
      ].join(", ");
      return RUNS === 1 ? peaks : `${peaks} (medians of ${RUNS} runs)`;
    },
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function compileInChild(): Promise<Peaks> {
  const dir = mkdtempSync(join(tmpdir(), "idio-bench-memory-"));
  try {
    const intent = join(dir, "intent.yaml");
    writeFileSync(intent, syntheticIntentYaml(TIERS));
    const report = join(dir, "peaks.json");
    const args = [
      ...GC_FLAGS,
      "--import",
      PROBE,
      BIN,
      "compile",
      intent,
      "--out",
      join(dir, "out"),
    ];
    const env = { ...process.env, IDIO_BENCH_MEMORY_OUT: report };
    const { code, stderr } = await run(args, env);
    // The synthetic intent draws warnings, never errors: any other exit is a broken build.
    if (code !== 0) throw new Error(`idio compile exited ${code}: ${stderr.slice(-2000)}`);
    return JSON.parse(readFileSync(report, "utf8")) as Peaks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Asynchronous, so the bench process stays idle (and small) while the child works. */
function run(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    // Only the tail is kept for the error message: the 1,000-tier intent draws hundreds of warnings.
    child.stderr.on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

/** No timed tasks: the measurement is a line under the table (see `lines`). */
export default function memorySuite(_bench: Bench): void {}
