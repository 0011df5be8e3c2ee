/**
 * The planning assumptions behind every size IDIO picks. They are
 * deliberately conservative round numbers for a typical web workload; each
 * one is printed in the `reason.calculation` of the nodes it sizes, so a
 * reviewer can challenge the number rather than the result.
 */
export const THROUGHPUT = {
  /** Requests per second one vCPU serves at 100% for a typical JSON API (~10 ms CPU each). */
  requestsPerVcpu: 100,
  /** Target CPU for target-tracking autoscaling: headroom to absorb a ramp before new capacity. */
  targetCpuPercent: { steady: 70, seasonal: 60, spiky: 50, batch: 70 },
  /**
   * Average load as a share of `expectedRps` (a typical peak hour): flat traffic stays near its
   * peak, seasonal and spiky traffic spend most hours well below it, batch runs in windows. The
   * default minimum capacity serves the average; autoscaling adds copies for the peak. The cost
   * estimate bills requests from the same shares.
   */
  averageToPeak: { steady: 0.6, seasonal: 0.4, spiky: 0.15, batch: 0.25 },
  /** How far above the typical peak the tier may scale out when `scaling.max` is not given. */
  burstFactor: { steady: 2, seasonal: 4, spiky: 10, batch: 4 },
  /** Database queries per application request. */
  queriesPerRequest: 2,
  /** Queries per second one database vCPU sustains (simple indexed OLTP queries on Graviton). */
  queriesPerDbVcpu: 1000,
  /** Share of the data set that is hot and should fit in database memory, by environment. */
  hotDataShare: { production: 0.1, staging: 0.05, development: 0.02 },
  /** Storage headroom over the stated data size, before storage autoscaling. */
  storageHeadroom: 1.25,
  /** Cache: memory reserved by the engine (reserved-memory-percent default is 25%). */
  cacheReservedShare: 0.25,
  /** Average Lambda invocation duration assumed for concurrency (seconds). */
  lambdaDurationSeconds: 0.1,
  /** DynamoDB: share of requests that are reads; items up to 4 KB read / 1 KB written. */
  dynamoReadShare: 0.8,
  /** Kinesis: average record size in KB; a shard takes 1 MB/s or 1,000 records/s. */
  kinesisRecordKb: 1,
  kinesisShardRecordsPerSecond: 1000,
  kinesisShardKbPerSecond: 1000,
  /** Steady load, in baseline vCPUs, above which EC2 (Graviton) is cheaper than Fargate. */
  ec2BreakEvenVcpu: 16,
  /** Peak requests per second assumed for a tier whose intent gives no `expectedRps` (cost estimate; IDIO426). */
  defaultPeakRps: 5,
  /** Below this many requests per second, pay-per-request Lambda beats an always-on task. */
  lambdaBelowRps: 5,
} as const;
