/**
 * Runs every benchmark suite in bench/suites/ and prints one table.
 *
 *   npm run bench                 # every suite
 *   npm run bench -- validate     # suites or tasks whose name contains "validate"
 *
 * A suite is a file `bench/suites/<area>.bench.ts` whose default export adds
 * tasks to the tinybench `Bench` it is given (see bench/README.md). Suites
 * import packages by name, so they measure the built code (`npm run build`).
 */
import { readdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Bench } from "tinybench";

export type BenchSuite = (bench: Bench) => void | Promise<void>;

/** Two tasks of one suite compared by mean latency, printed under the table as `numerator / denominator`. */
export interface BenchRatio {
  readonly label: string;
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * A measurement a suite makes itself instead of timing a task (peak memory of a child process):
 * printed under the ratios as `<suite>  <label>: <what measure() returns>`.
 */
export interface BenchLine {
  readonly label: string;
  readonly measure: () => Promise<string>;
}

const SUITES_DIR = fileURLToPath(new URL("./suites/", import.meta.url));
const SUITE_SUFFIX = ".bench.ts";

interface Row {
  readonly suite: string;
  readonly task: string;
  readonly mean: string;
  readonly p99: string;
  readonly opsPerSecond: string;
  readonly samples: string;
}

async function main(filter: string | undefined): Promise<number> {
  const files = readdirSync(SUITES_DIR)
    .filter((file) => file.endsWith(SUITE_SUFFIX))
    .sort();
  const rows: Row[] = [];
  const ratioLines: string[] = [];
  const measuredLines: string[] = [];
  let failures = 0;
  for (const file of files) {
    const suite = basename(file, SUITE_SUFFIX);
    const module = (await import(pathToFileURL(SUITES_DIR + file).href)) as {
      default?: BenchSuite;
      /** A suite of slow tasks (seconds each) may lower the minimum sample and warm-up counts. */
      minIterations?: number;
      ratios?: readonly BenchRatio[];
      lines?: readonly BenchLine[];
    };
    const bench = new Bench({
      name: suite,
      time: Number(process.env.BENCH_TIME_MS ?? 500),
      warmupTime: 100,
      throws: false,
      ...(module.minIterations !== undefined
        ? { iterations: module.minIterations, warmupIterations: 1 }
        : {}),
    });
    if (typeof module.default !== "function") {
      console.error(`bench: ${file} has no default export (bench: Bench) => void`);
      failures += 1;
      continue;
    }
    await module.default(bench);
    if (filter !== undefined && !suite.includes(filter)) {
      for (const task of [...bench.tasks]) {
        if (!task.name.includes(filter)) bench.remove(task.name);
      }
    }
    failures += await measureLines(suite, module.lines ?? [], filter, measuredLines);
    if (bench.tasks.length === 0) continue;
    process.stderr.write(`bench: ${suite} (${bench.tasks.length} tasks)\n`);
    await bench.run();
    failures += collectRows(suite, bench, rows);
    ratioLines.push(...ratiosOf(suite, bench, module.ratios ?? []));
  }
  // A run of only measured lines (`npm run bench -- memory`) has no table.
  if (rows.length > 0) console.log(renderTable(rows));
  if (ratioLines.length > 0) console.log(`\n${ratioLines.join("\n")}`);
  if (measuredLines.length > 0) console.log(`\n${measuredLines.join("\n")}`);
  return failures === 0 ? 0 : 1;
}

/** A row per completed task into `rows`; returns how many tasks threw. */
function collectRows(suite: string, bench: Bench, rows: Row[]): number {
  let failures = 0;
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state === "errored") {
      console.error(`bench: ${suite} › ${task.name} failed: ${result.error.message}`);
      failures += 1;
      continue;
    }
    if (result.state !== "completed") continue;
    rows.push({
      suite,
      task: task.name,
      mean: formatMs(result.latency.mean),
      p99: formatMs(result.latency.p99),
      opsPerSecond: Math.round(result.throughput.mean).toLocaleString("en-US"),
      samples: String(result.latency.samplesCount),
    });
  }
  return failures;
}

/** Runs the suite's measured lines (those the filter selects) into `into`; returns how many failed. */
async function measureLines(
  suite: string,
  lines: readonly BenchLine[],
  filter: string | undefined,
  into: string[],
): Promise<number> {
  let failures = 0;
  for (const line of lines) {
    if (filter !== undefined && !suite.includes(filter) && !line.label.includes(filter)) continue;
    process.stderr.write(`bench: ${suite} › ${line.label}\n`);
    try {
      into.push(`${suite}  ${line.label}: ${await line.measure()}`);
    } catch (error) {
      console.error(`bench: ${suite} › ${line.label} failed: ${(error as Error).message}`);
      failures += 1;
    }
  }
  return failures;
}

/** `label  a / b = 0.31×`, for each ratio whose two tasks both completed in this run. */
function ratiosOf(suite: string, bench: Bench, ratios: readonly BenchRatio[]): string[] {
  const mean = (name: string) => {
    const result = bench.getTask(name)?.result;
    return result?.state === "completed" ? result.latency.mean : undefined;
  };
  return ratios.flatMap((ratio) => {
    const numerator = mean(ratio.numerator);
    const denominator = mean(ratio.denominator);
    if (numerator === undefined || denominator === undefined) return [];
    return [
      `ratio  ${suite}  ${ratio.label}: ${formatMs(numerator)} / ${formatMs(denominator)} = ${(numerator / denominator).toFixed(2)}×`,
    ];
  });
}

function formatMs(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 1000) return `${ms.toFixed(2)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

function renderTable(rows: readonly Row[]): string {
  const header: Row = {
    suite: "suite",
    task: "task",
    mean: "mean",
    p99: "p99",
    opsPerSecond: "ops/s",
    samples: "samples",
  };
  const columns = Object.keys(header) as (keyof Row)[];
  const rightAligned = new Set<keyof Row>(["mean", "p99", "opsPerSecond", "samples"]);
  const widths = columns.map((column) =>
    Math.max(...[header, ...rows].map((row) => row[column].length)),
  );
  const line = (row: Row) =>
    columns
      .map((column, i) =>
        rightAligned.has(column)
          ? row[column].padStart(widths[i]!)
          : row[column].padEnd(widths[i]!),
      )
      .join("  ");
  const rule = widths.map((width) => "-".repeat(width)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

process.exitCode = await main(process.argv[2]);
