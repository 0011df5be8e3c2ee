import {
  type RecoveryStrategy,
  recoveryStrategyInfo,
  recoveryStrategyRank,
  strategyForRto,
} from "@idio-iac/core";
import type { Intent } from "@idio-iac/intent-schema";
import { BACKUP_INTERVAL_MINUTES } from "../size/size-database.js";
import { WARM_STANDBY_SHARE } from "../size/size-compute.js";
import { decideServingRegions } from "./decide-serving-regions.js";

/** A recovery objective the built design cannot reach: a located warning (IDIO428). */
export interface UnmetObjective {
  readonly pointer: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * The disaster-recovery strategy (AWS whitepaper, see core's
 * RECOVERY_STRATEGIES) and what it means for the DR region. The single source
 * of truth for whether the DR region exists, holds replicated data, or runs
 * the application tiers.
 */
export interface RecoveryDecision {
  /** Chosen from the RTO, RPO and availability target. */
  readonly strategy: RecoveryStrategy;
  /** What IDIO builds: active-active is built as a warm standby until multi-region routing exists. */
  readonly builds: RecoveryStrategy;
  /** A DR region is used: the intent asked for cross-region replication or 99.999. */
  readonly regional: boolean;
  /** Backups are copied to the DR region's vault. */
  readonly copiesBackups: boolean;
  /** Databases replicate continuously to the DR region (pilot light and up). */
  readonly replicatesData: boolean;
  /**
   * The application tiers are built in the DR region (pilot light and up):
   * services, groups, functions, load balancers, alarms, logs.
   */
  readonly tiersInDr: boolean;
  /**
   * Share of the primary's minimum capacity the DR region runs: 0 for pilot
   * light (present but switched off, scaled up on failover), a quarter for a
   * warm standby (serving at once, scaled out on failover), all of it for
   * active-active.
   */
  readonly standbyShare: number;
  readonly reasons: readonly string[];
  readonly pointers: readonly string[];
  readonly unmet: readonly UnmetObjective[];
}

/** In-region restore of a point-in-time backup: a new instance from a snapshot plus logs. */
const IN_REGION_RESTORE_RPO_MINUTES = 5;

/** Share of the primary's minimum capacity each strategy runs in its other region. */
const STANDBY_SHARE: Readonly<Record<RecoveryStrategy, number>> = {
  "backup-and-restore": 0,
  "pilot-light": 0,
  "warm-standby": WARM_STANDBY_SHARE,
  "active-active": 1,
};

const RTO = "/disasterRecovery/rtoMinutes";
const RPO = "/disasterRecovery/rpoMinutes";

/**
 * Without cross-region replication or 99.999 the intent did not ask to
 * survive a regional outage: backup and restore in its region. Otherwise the
 * cheapest strategy whose band reaches the RTO, at least pilot light when the
 * RPO is shorter than IDIO's daily backup copies (only live replication beats
 * them), at least warm standby at 99.999.
 */
export function decideRecovery(intent: Intent): RecoveryDecision {
  // Several serving regions: they are each other's recovery (decide-serving-regions.ts).
  if ((intent.regions ?? []).length > 0) return decideServingRegions(intent);
  const dr = intent.disasterRecovery;
  const fiveNines = Number(intent.availability) >= 99.999;
  const regional = dr.crossRegionReplication || fiveNines;
  if (!regional) return inRegion(intent);
  const candidates = strategyCandidates(intent, fiveNines);
  const strategy = candidates.reduce(
    (best, [s]) => (recoveryStrategyRank(s) > recoveryStrategyRank(best) ? s : best),
    "backup-and-restore" as RecoveryStrategy,
  );
  const builds: RecoveryStrategy = strategy === "active-active" ? "warm-standby" : strategy;
  const chosen = recoveryStrategyInfo(strategy);
  return {
    strategy,
    builds,
    regional,
    copiesBackups: dr.crossRegionReplication,
    replicatesData: builds !== "backup-and-restore",
    tiersInDr: builds !== "backup-and-restore",
    standbyShare: STANDBY_SHARE[builds],
    reasons: [
      ...candidates.map(([, why]) => why),
      `${chosen.title}: ${chosen.dr}`,
      ...(builds !== strategy
        ? [`built as ${recoveryStrategyInfo(builds).title.toLowerCase()}`]
        : []),
    ],
    pointers: [...new Set(candidates.map(([, , pointer]) => pointer))],
    unmet: unmetObjectives(intent, strategy),
  };
}

/** Each target's demand: the strategy it needs, why, and the intent field it comes from. */
function strategyCandidates(
  intent: Intent,
  fiveNines: boolean,
): [RecoveryStrategy, string, string][] {
  const { rtoMinutes: rto, rpoMinutes: rpo } = intent.disasterRecovery;
  const forRto = recoveryStrategyInfo(strategyForRto(rto));
  const candidates: [RecoveryStrategy, string, string][] = [
    [
      strategyForRto(rto),
      `rtoMinutes ${rto} -> ${forRto.title.toLowerCase()} (RTO ${forRto.band}, AWS DR whitepaper)`,
      RTO,
    ],
    rpo < BACKUP_INTERVAL_MINUTES
      ? [
          "pilot-light",
          `rpoMinutes ${rpo} < ${BACKUP_INTERVAL_MINUTES} (daily backup copies): data replicated live -> at least pilot light`,
          RPO,
        ]
      : [
          "backup-and-restore",
          `rpoMinutes ${rpo} >= ${BACKUP_INTERVAL_MINUTES}: daily backup copies meet it`,
          RPO,
        ],
  ];
  if (fiveNines)
    candidates.push([
      "warm-standby",
      `availability ${intent.availability}: a standby serving in minutes -> at least warm standby`,
      "/availability",
    ]);
  return candidates;
}

/**
 * Targets the strategy cannot meet, each with what would. Whether a pilot
 * light's failover fits the RTO depends on what was built (recovery-reach.ts).
 */
function unmetObjectives(intent: Intent, strategy: RecoveryStrategy): UnmetObjective[] {
  const { rtoMinutes: rto, rpoMinutes: rpo } = intent.disasterRecovery;
  const unmet: UnmetObjective[] = [];
  if (strategy === "active-active")
    unmet.push({
      pointer: RTO,
      message: `RTO ${rto} min needs active-active: both regions serve traffic at full capacity behind Route 53 routing with health checks; with one region and a DR region IDIO builds a warm standby (the DR region runs the application tiers scaled down) and fails over by runbook, which takes minutes`,
      hint: `List the other region under \`regions\` (e.g. regions: [${intent.disasterRecovery.drRegion ?? "<region>"}], instead of drRegion) to serve from both at full capacity, billed in both; or accept an RTO of ${recoveryStrategyInfo("warm-standby").rtoMinMinutes} minutes or more`,
    });
  if (rpo === 0)
    unmet.push({
      pointer: RPO,
      message:
        "RPO 0 min needs synchronous writes in two regions: AWS cross-region replication is asynchronous (an Aurora global database typically lags under a second), so the last writes before a regional outage may be lost",
      hint: "Set rpoMinutes to 1 or more",
    });
  return unmet;
}

/** No DR region: backups in the region, restored into it. */
function inRegion(intent: Intent): RecoveryDecision {
  const { rtoMinutes: rto, rpoMinutes: rpo } = intent.disasterRecovery;
  const unmet: UnmetObjective[] = [];
  const pilot = recoveryStrategyInfo("pilot-light");
  const restore = recoveryStrategyInfo("backup-and-restore");
  const enable =
    "Set disasterRecovery.crossRegionReplication: true (a database replica, a VPC, a key and a backup vault in the DR region, billed there)";
  if (rto < restore.rtoMinMinutes)
    unmet.push({
      pointer: RTO,
      message: `RTO ${rto} min needs pilot light: restoring from backups takes ${restore.band}; with the data replicated live to a DR region and its network ready, recovery takes ${pilot.band}`,
      hint: enable,
    });
  if (rpo < IN_REGION_RESTORE_RPO_MINUTES)
    unmet.push({
      pointer: RPO,
      message: `RPO ${rpo} min needs pilot light: point-in-time restore reaches about ${IN_REGION_RESTORE_RPO_MINUTES} minutes before the failure; live replication lags seconds`,
      hint: enable,
    });
  return {
    strategy: "backup-and-restore",
    builds: "backup-and-restore",
    regional: false,
    copiesBackups: false,
    replicatesData: false,
    tiersInDr: false,
    standbyShare: 0,
    reasons: [
      "disasterRecovery.crossRegionReplication is off and availability is below 99.999: recovery within the region",
      `${restore.title}: backups kept in ${intent.region}; a regional outage waits for the region to return`,
    ],
    pointers: ["/disasterRecovery/crossRegionReplication", RTO, RPO],
    unmet,
  };
}
