import { recoveryStrategyInfo } from "@idio-iac/core";
import type { Intent } from "@idio-iac/intent-schema";
import { WARM_STANDBY_SHARE } from "../size/size-compute.js";
import type { RecoveryDecision, UnmetObjective } from "./decide-recovery.js";

/**
 * The recovery of an intent with `regions`: the other regions are the
 * recovery, and no DR region is used (IDIO321). With latency, geolocation or
 * weighted routing every region serves at full capacity (multi-site
 * active/active): a regional outage only removes its records, as Route 53's
 * health checks stop answering with them. With failover routing the one
 * other region is a warm standby: it runs every tier at a quarter of the
 * primary's minimum (serving at once, scaled out on failover), because
 * failover routing sends it no traffic until the primary's health check
 * fails, so full capacity there would be paid for and idle.
 */
export function decideServingRegions(intent: Intent): RecoveryDecision {
  const regions = intent.regions ?? [];
  const policy = intent.routing?.policy ?? "latency";
  const activeActive = policy !== "failover";
  const strategy = activeActive ? "active-active" : "warm-standby";
  const chosen = recoveryStrategyInfo(strategy);
  const pointers = ["/regions", ...(intent.routing !== undefined ? ["/routing/policy"] : [])];
  return {
    strategy,
    builds: strategy,
    regional: true,
    // One copy of the backups outside the primary: to the first of `regions`.
    copiesBackups: true,
    replicatesData: true,
    tiersInDr: false,
    standbyShare: activeActive ? 1 : WARM_STANDBY_SHARE,
    reasons: [
      activeActive
        ? `regions ${regions.join(", ")} with ${policy} routing: every region serves traffic -> active-active`
        : `regions ${regions.join(", ")} with failover routing: ${regions[0]} receives traffic only when the primary's health check fails -> warm standby there (${WARM_STANDBY_SHARE * 100}% of the primary's minimum, scaled out on failover)`,
      `${chosen.title}: ${chosen.dr}`,
      activeActive
        ? `backups copied to ${regions[0]}; data spans the regions live (Aurora global database, DynamoDB global tables, S3 replication); each region runs its own writable cache (a Global Datastore secondary only takes reads, and a cache holds no data of record)`
        : `backups copied to ${regions[0]}; data spans the regions live (Aurora global database, DynamoDB global tables, ElastiCache Global Datastore, S3 replication)`,
    ],
    pointers,
    unmet: unmetObjectives(intent, activeActive),
  };
}

function unmetObjectives(intent: Intent, activeActive: boolean): UnmetObjective[] {
  const { rtoMinutes: rto, rpoMinutes: rpo } = intent.disasterRecovery;
  const unmet: UnmetObjective[] = [];
  const standby = recoveryStrategyInfo("warm-standby");
  if (!activeActive && rto < standby.rtoMinMinutes)
    unmet.push({
      pointer: "/disasterRecovery/rtoMinutes",
      message: `RTO ${rto} min needs active-active: failover routing keeps ${intent.regions![0]} as a warm standby, which must scale out before it carries the primary's load (RTO ${standby.band})`,
      hint: `Set routing.policy to latency, geolocation or weighted: every region then serves at full capacity; or accept rtoMinutes ${standby.rtoMinMinutes} or more`,
    });
  if (rpo === 0)
    unmet.push({
      pointer: "/disasterRecovery/rpoMinutes",
      message:
        "RPO 0 min needs synchronous writes in two regions: AWS cross-region replication is asynchronous (an Aurora global database typically lags under a second), so the last writes before a regional outage may be lost",
      hint: "Set rpoMinutes to 1 or more",
    });
  return unmet;
}
