import { THROUGHPUT } from "@idio-iac/core";
import type { ResolvedTier } from "../context/resolve-tiers.js";
import type { Site } from "../ids.js";

const HEADROOM = 1.25;

export interface StreamSizing {
  /** Provisioned shards for steady known load; on-demand otherwise. */
  readonly mode: "PROVISIONED" | "ON_DEMAND";
  readonly shardCount: number | undefined;
  readonly calculation: string[];
}

/** Shards for the records and the bytes a second; the standby's stream is on-demand (cheap until failover). */
export function sizeStream(t: ResolvedTier, site: Site): StreamSizing {
  const rps = t.tier.expectedRps;
  const steady =
    t.tier.trafficPattern === "steady" && rps !== undefined && rps > 0 && site === "primary";
  if (!steady) {
    return {
      mode: "ON_DEMAND",
      shardCount: undefined,
      calculation: [
        `${rps === undefined ? "unknown" : t.tier.trafficPattern} load: on-demand mode scales shards automatically`,
      ],
    };
  }
  const byRecords = rps / THROUGHPUT.kinesisShardRecordsPerSecond;
  const byBytes = (rps * THROUGHPUT.kinesisRecordKb) / THROUGHPUT.kinesisShardKbPerSecond;
  const shardCount = Math.max(1, Math.ceil(Math.max(byRecords, byBytes) * HEADROOM));
  return {
    mode: "PROVISIONED",
    shardCount,
    calculation: [
      `records: ${rps}/s / ${THROUGHPUT.kinesisShardRecordsPerSecond} per shard = ${byRecords}; bytes: ${rps} x ${THROUGHPUT.kinesisRecordKb} KB / ${THROUGHPUT.kinesisShardKbPerSecond} KB/s per shard = ${byBytes}`,
      `shards = ceil(max(${byRecords}, ${byBytes}) x ${HEADROOM} headroom) = ${shardCount}`,
    ],
  };
}
