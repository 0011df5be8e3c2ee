/**
 * The four disaster-recovery strategies of the AWS whitepaper "Disaster
 * Recovery of Workloads on AWS: Recovery in the Cloud" (figure "Disaster
 * recovery strategies"):
 * https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html
 *
 * The whitepaper gives each one an RPO/RTO band in words: backup and restore
 * "hours", pilot light "10s of minutes", warm standby "minutes", multi-site
 * active/active "real-time" (near zero). IDIO reads the bands as minutes:
 * hours = 60 and up, tens of minutes = 10 to 60, minutes = 5 to 10 (a
 * scaled-down standby needs a few minutes to promote its database, scale out
 * and move DNS), real-time = under 5. `rtoMinMinutes` is the lowest RTO a
 * strategy reaches; the cheapest strategy whose band reaches a target meets it.
 */
export type RecoveryStrategy =
  "backup-and-restore" | "pilot-light" | "warm-standby" | "active-active";

export interface RecoveryStrategyInfo {
  readonly strategy: RecoveryStrategy;
  /** The whitepaper's name. */
  readonly title: string;
  /** The whitepaper's RPO/RTO band, in its words. */
  readonly band: string;
  /** Lowest RTO (minutes) the strategy reaches; the band's lower end. */
  readonly rtoMinMinutes: number;
  /** Upper end of the band (exclusive); undefined for "hours". */
  readonly rtoMaxMinutes: number | undefined;
  /** What runs in the recovery region, from the whitepaper. */
  readonly dr: string;
}

/** Cheapest first: a later strategy reaches lower targets and costs more. */
export const RECOVERY_STRATEGIES: readonly RecoveryStrategyInfo[] = [
  {
    strategy: "backup-and-restore",
    title: "Backup and restore",
    band: "hours",
    rtoMinMinutes: 60,
    rtoMaxMinutes: undefined,
    dr: "backups (copied to the recovery region); everything is restored or redeployed after the disaster",
  },
  {
    strategy: "pilot-light",
    title: "Pilot light",
    band: "10s of minutes",
    rtoMinMinutes: 10,
    rtoMaxMinutes: 60,
    dr: "data replicated live and the core infrastructure (network, keys) in place; the application servers are provisioned but switched off (scaled to zero) until failover",
  },
  {
    strategy: "warm-standby",
    title: "Warm standby",
    band: "minutes",
    rtoMinMinutes: 5,
    rtoMaxMinutes: 10,
    dr: "a scaled-down but fully functional copy of the workload, scaled out on failover",
  },
  {
    strategy: "active-active",
    title: "Multi-site active/active",
    band: "real-time (near zero)",
    rtoMinMinutes: 0,
    rtoMaxMinutes: 5,
    dr: "the full workload serving traffic in every region at once",
  },
];

export function recoveryStrategyInfo(strategy: RecoveryStrategy): RecoveryStrategyInfo {
  return RECOVERY_STRATEGIES.find((s) => s.strategy === strategy)!;
}

/** Position in cost order, for comparisons. */
export function recoveryStrategyRank(strategy: RecoveryStrategy): number {
  return RECOVERY_STRATEGIES.findIndex((s) => s.strategy === strategy);
}

/** The cheapest strategy whose band reaches an RTO of `rtoMinutes`. */
export function strategyForRto(rtoMinutes: number): RecoveryStrategy {
  return RECOVERY_STRATEGIES.find((s) => rtoMinutes >= s.rtoMinMinutes)!.strategy;
}
