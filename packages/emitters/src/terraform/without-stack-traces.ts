/**
 * Runs `synthesize` with stack traces of non-errors formatted to nothing.
 *
 * cdktf records a full stack trace (`Error.captureStackTrace` with no depth
 * limit, then `.stack`) for every list or map block of every resource it
 * constructs, to show in its own token errors. At 1,000 tiers that is hundreds
 * of thousands of traces, and with source maps on (tsx, `--enable-source-maps`)
 * each frame is mapped: half the emission time, for text nobody reads. Errors
 * keep their usual `.stack`.
 */
export function withoutStackTraces<T>(synthesize: () => T): T {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (target: Error, frames: NodeJS.CallSite[]) => {
    if (!(target instanceof Error)) return "";
    if (previous !== undefined) return previous(target, frames) as unknown;
    return `${String(target)}${frames.map((frame) => `\n    at ${String(frame)}`).join("")}`;
  };
  try {
    return synthesize();
  } finally {
    Error.prepareStackTrace = previous;
  }
}
