import { SECONDS_PER_MONTH } from "./usage.js";

export interface UsageOverrideRange {
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * What each `--assume` key may be set to: the intent schema's own limits
 * (usage fields 10,000,000 GB, dataSizeGb 1,000,000 GiB, expectedRps
 * 10,000,000 a second for a month), so an assumption can never take the
 * arithmetic where an intent cannot.
 */
const DATA_GB: UsageOverrideRange = { minimum: 0, maximum: 10_000_000 };
const REQUESTS: UsageOverrideRange = { minimum: 0, maximum: 10_000_000 * SECONDS_PER_MONTH };
const STORED_GB: UsageOverrideRange = { minimum: 0, maximum: 1_000_000 };

const SHARE: UsageOverrideRange = { minimum: 0, maximum: 1 };
/** Lambda stops a function after 15 minutes. */
const LAMBDA_MS: UsageOverrideRange = { minimum: 0, maximum: 900_000 };

export function usageOverrideRange(key: string): UsageOverrideRange {
  if (/share/i.test(key)) return SHARE;
  if (key.startsWith("lambda.averageDurationMs.")) return LAMBDA_MS;
  if (key.endsWith(".dataSizeGb")) return STORED_GB;
  if (/gb|kb/i.test(key)) return DATA_GB;
  // Counts (requests, calls, IOPS) and any other key (unused ones are reported as IDIO605).
  return REQUESTS;
}
