import type { Intent, TierType, TrafficPattern } from "@idio-iac/intent-schema";
import { THROUGHPUT } from "@idio-iac/core";
import { compareText } from "../money.js";

/**
 * Usage assumptions: the numbers a cost estimate needs that the graph does
 * not hold (requests, stored data, transfer, logs). They come from the
 * intent where it says them and from documented defaults where it does not,
 * and every one that drives a number is printed next to the estimate.
 */
export const HOURS_PER_MONTH = 730;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

/**
 * Average load as a share of `expectedRps` (which the intent defines as a
 * typical peak hour): flat traffic stays near its peak, seasonal and spiky
 * traffic spend most hours well below it, batch runs in windows.
 */
export const AVERAGE_TO_PEAK: Readonly<Record<TrafficPattern, number>> = THROUGHPUT.averageToPeak;

/**
 * Share of the autoscaling headroom (max - min) in use on an average hour:
 * autoscaling keeps services near their minimum except during peaks.
 */
export const SCALE_OUT_SHARE: Readonly<Record<TrafficPattern, number>> = {
  steady: 0.05,
  seasonal: 0.1,
  spiky: 0.05,
  batch: 0.2,
};

/**
 * Share of a caller's requests that reach a data tier it connects to, used
 * when the data tier has no `expectedRps` of its own: every request touches
 * the database or cache; one in ten sends a message or stores an object.
 */
export const CALLER_REQUEST_SHARE: Readonly<Partial<Record<TierType, number>>> = {
  database: 1,
  nosql: 1,
  cache: 1,
  stream: 1,
  queue: 0.1,
  storage: 0.1,
};

/** Peak requests per second assumed for a tier whose intent gives none. */
export const DEFAULT_PEAK_RPS: number = THROUGHPUT.defaultPeakRps;

/** Average response size served to the internet, per tier type (KB). */
export const RESPONSE_KB: Readonly<Partial<Record<TierType, number>>> = {
  web: 30,
  api: 5,
  "static-site": 60,
};

/** Application log volume per request (KB) and a floor per compute tier (GB/month). */
export const LOG_KB_PER_REQUEST = 0.25;
export const LOG_GB_FLOOR_PER_COMPUTE_TIER = 1;

export interface TierUsage {
  readonly tier: string;
  readonly type: TierType;
  readonly trafficPattern: TrafficPattern;
  readonly peakRps: number;
  /**
   * Where peakRps came from: the tier's `expectedRps`, the sum of the
   * `expectedRps` of the tiers that connect to it (data tiers), or the default.
   */
  readonly peakRpsSource: "intent" | "callers" | "default";
  readonly requestsPerMonth: number;
  /** Tiers whose requests this data tier's load is derived from (peakRpsSource "callers"). */
  readonly callers?: readonly string[];
  readonly dataSizeGb?: number;
  readonly public: boolean;
}

export interface Usage {
  readonly environment: "production" | "staging" | "development";
  readonly tiers: Readonly<Record<string, TierUsage>>;
  readonly dataTransferOutGbPerMonth: number;
  readonly dataTransferOutSource: "intent" | "derived" | "override";
  readonly logIngestionGbPerMonth: number;
  readonly logIngestionSource: "intent" | "derived" | "override";
  /** Assumption keys set explicitly (`idio cost --assume key=value`). */
  readonly overridden?: readonly string[];
}

/** One usage number the estimate relied on, with where it came from. */
export interface UsageAssumption {
  readonly key: string;
  readonly value: number;
  readonly unit: string;
  readonly source: "intent" | "derived" | "default" | "override";
  readonly description: string;
  /** JSON pointer into the intent when the value comes from (or derives from) it. */
  readonly pointer?: string;
}

const COMPUTE_TYPES: readonly TierType[] = ["web", "api", "worker", "function"];

const PEAK_SOURCE: Readonly<Record<TierUsage["peakRpsSource"], string>> = {
  intent: "expectedRps",
  callers:
    "from the expectedRps and traffic of the tiers that connect to it, x CALLER_REQUEST_SHARE",
  default: "default, expectedRps not set",
};

export function requestsPerMonth(peakRps: number, pattern: TrafficPattern): number {
  return peakRps * AVERAGE_TO_PEAK[pattern] * SECONDS_PER_MONTH;
}

/** Usage derived from an intent (defaults applied). Pure. */
export function usageFromIntent(intent: Intent): Usage {
  const tiers: Record<string, TierUsage> = {};
  const connectedTo = new Set(intent.tiers.flatMap((tier) => tier.connectsTo));
  for (const tier of intent.tiers) {
    const callers = intent.tiers.filter(
      (caller) => caller.connectsTo.includes(tier.name) && caller.expectedRps !== undefined,
    );
    const callerShare = CALLER_REQUEST_SHARE[tier.type];
    const derived =
      tier.expectedRps === undefined && callerShare !== undefined && callers.length > 0;
    const peakRps = derived
      ? callers.reduce((sum, caller) => sum + (caller.expectedRps ?? 0), 0) * callerShare
      : (tier.expectedRps ?? DEFAULT_PEAK_RPS);
    const peakRpsSource = derived
      ? "callers"
      : tier.expectedRps !== undefined
        ? "intent"
        : "default";
    const monthly = derived
      ? callers.reduce(
          (sum, caller) =>
            sum + requestsPerMonth((caller.expectedRps ?? 0) * callerShare, caller.trafficPattern),
          0,
        )
      : requestsPerMonth(peakRps, tier.trafficPattern);
    const isPublic =
      tier.public ??
      (tier.type === "web" ||
        tier.type === "static-site" ||
        (tier.type === "api" && !connectedTo.has(tier.name)));
    tiers[tier.name] = {
      tier: tier.name,
      type: tier.type,
      trafficPattern: tier.trafficPattern,
      peakRps,
      peakRpsSource,
      requestsPerMonth: monthly,
      ...(derived ? { callers: callers.map((caller) => caller.name) } : {}),
      ...(tier.dataSizeGb === undefined ? {} : { dataSizeGb: tier.dataSizeGb }),
      public: isPublic,
    };
  }
  const derivedTransfer = Object.values(tiers)
    .filter((tier) => tier.public)
    .reduce((sum, tier) => sum + (tier.requestsPerMonth * (RESPONSE_KB[tier.type] ?? 0)) / 1e6, 0);
  const computeTiers = Object.values(tiers).filter((tier) => COMPUTE_TYPES.includes(tier.type));
  const derivedLogs = computeTiers.reduce(
    (sum, tier) =>
      sum + LOG_GB_FLOOR_PER_COMPUTE_TIER + (tier.requestsPerMonth * LOG_KB_PER_REQUEST) / 1e6,
    0,
  );
  return {
    environment: intent.environment,
    tiers,
    dataTransferOutGbPerMonth: intent.usage?.dataTransferOutGbPerMonth ?? derivedTransfer,
    dataTransferOutSource:
      intent.usage?.dataTransferOutGbPerMonth === undefined ? "derived" : "intent",
    logIngestionGbPerMonth: intent.usage?.logIngestionGbPerMonth ?? derivedLogs,
    logIngestionSource: intent.usage?.logIngestionGbPerMonth === undefined ? "derived" : "intent",
  };
}

/** The assumptions a Usage stands for, in a stable order. */
export function usageAssumptions(
  usage: Usage,
  tierIndex: ReadonlyMap<string, number>,
): UsageAssumption[] {
  const overridden = new Set(usage.overridden ?? []);
  return listUsageAssumptions(usage, tierIndex).map((assumption) =>
    overridden.has(assumption.key)
      ? {
          ...assumption,
          source: "override" as const,
          description: `Set with --assume instead of the default: ${assumption.description}`,
        }
      : assumption,
  );
}

/**
 * Applies explicit values (`--assume key=value`) to the usage-level keys:
 * `dataTransferOutGbPerMonth`, `logIngestionGbPerMonth`,
 * `tiers.<name>.requestsPerMonth` and `tiers.<name>.dataSizeGb`. Returns the
 * new usage and the keys it used; other keys are for the mappers.
 */
export function applyUsageOverrides(
  usage: Usage,
  overrides: Readonly<Record<string, number>>,
): { usage: Usage; used: string[] } {
  const used: string[] = [];
  const tiers: Record<string, TierUsage> = { ...usage.tiers };
  let next: Usage = usage;
  for (const [key, value] of Object.entries(overrides)) {
    const tierKey = /^tiers\.([^.]+)\.(requestsPerMonth|dataSizeGb)$/.exec(key);
    const tier = tierKey ? tiers[tierKey[1]!] : undefined;
    if (key === "dataTransferOutGbPerMonth") {
      next = { ...next, dataTransferOutGbPerMonth: value, dataTransferOutSource: "override" };
    } else if (key === "logIngestionGbPerMonth") {
      next = { ...next, logIngestionGbPerMonth: value, logIngestionSource: "override" };
    } else if (tierKey && tier) {
      tiers[tier.tier] = { ...tier, [tierKey[2]!]: value };
    } else continue;
    used.push(key);
  }
  if (used.length === 0) return { usage, used };
  return {
    usage: { ...next, tiers, overridden: [...(usage.overridden ?? []), ...used].sort() },
    used,
  };
}

function listUsageAssumptions(
  usage: Usage,
  tierIndex: ReadonlyMap<string, number>,
): UsageAssumption[] {
  const list: UsageAssumption[] = [];
  for (const tier of Object.values(usage.tiers).sort((a, b) => compareText(a.tier, b.tier))) {
    const index = tierIndex.get(tier.tier);
    const pointer = index === undefined ? undefined : `/tiers/${index}`;
    if (
      COMPUTE_TYPES.includes(tier.type) ||
      tier.type === "queue" ||
      tier.type === "stream" ||
      tier.public ||
      tier.type === "nosql"
    ) {
      list.push({
        key: `tiers.${tier.tier}.requestsPerMonth`,
        value: roundTo(tier.requestsPerMonth, 0),
        unit: "requests/month",
        source: tier.peakRpsSource === "default" ? "default" : "derived",
        description:
          tier.peakRpsSource === "callers"
            ? `${CALLER_REQUEST_SHARE[tier.type]} x the requests of ${(tier.callers ?? []).join(", ")} (expectedRps x their traffic pattern's average-to-peak x ${SECONDS_PER_MONTH} s/month)`
            : `${tier.peakRps} rps peak (${PEAK_SOURCE[tier.peakRpsSource]}) x ` +
              `${AVERAGE_TO_PEAK[tier.trafficPattern]} average-to-peak for ${tier.trafficPattern} traffic x ${SECONDS_PER_MONTH} s/month`,
        ...(pointer ? { pointer: `${pointer}/expectedRps` } : {}),
      });
    }
    if (tier.dataSizeGb !== undefined) {
      list.push({
        key: `tiers.${tier.tier}.dataSizeGb`,
        value: tier.dataSizeGb,
        unit: "GB",
        source: "intent",
        description: "Stored data (dataSizeGb)",
        ...(pointer ? { pointer: `${pointer}/dataSizeGb` } : {}),
      });
    }
  }
  list.push({
    key: "dataTransferOutGbPerMonth",
    value: roundTo(usage.dataTransferOutGbPerMonth, 3),
    unit: "GB/month",
    source: usage.dataTransferOutSource,
    description:
      usage.dataTransferOutSource === "intent"
        ? "Data served to the internet (usage.dataTransferOutGbPerMonth)"
        : `Public tiers' requests x average response size (web ${RESPONSE_KB.web} KB, api ${RESPONSE_KB.api} KB, static-site ${RESPONSE_KB["static-site"]} KB)`,
    pointer: "/usage/dataTransferOutGbPerMonth",
  });
  list.push({
    key: "logIngestionGbPerMonth",
    value: roundTo(usage.logIngestionGbPerMonth, 3),
    unit: "GB/month",
    source: usage.logIngestionSource,
    description:
      usage.logIngestionSource === "intent"
        ? "CloudWatch Logs ingested (usage.logIngestionGbPerMonth)"
        : `${LOG_KB_PER_REQUEST} KB of logs per request plus ${LOG_GB_FLOOR_PER_COMPUTE_TIER} GB per compute tier`,
    pointer: "/usage/logIngestionGbPerMonth",
  });
  return list;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
