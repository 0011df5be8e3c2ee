import { FAILOVER_STEP_MINUTES, type FailoverStep, recoveryStrategyInfo } from "@idio-iac/core";
import { isRef, type GraphNode } from "@idio-iac/graph";
import { type CompileContext, report } from "../context/context.js";
import { CompileCode } from "../diagnostic-codes.js";

/** The steps of a pilot-light failover for the built plan, and their sum at the fast end. */
export interface FailoverReach {
  readonly steps: readonly FailoverStep[];
  readonly fastMinutes: number;
}

/**
 * What a pilot-light failover of the built plan does, in the runbook's order
 * (packages/cli/src/output/runbook.ts): decide, promote each replicated
 * database, start the tiers from zero (Fargate tasks, EC2 instances), point
 * the DNS records at the DR region. Nothing serves in the DR region until the
 * tiers are up, so the steps add up. The cache's scale-up to the primary's node
 * type (build-cache.ts) is not among them: ElastiCache scales it online, so it
 * serves from its small nodes while the tiers start and nothing waits for it.
 */
export function pilotLightFailover(nodes: readonly GraphNode[]): FailoverReach {
  const steps: FailoverStep[] = ["decide"];
  const dr = nodes.filter((n) => n.region === "dr");
  for (const n of dr) {
    if (n.kind === "aws.rds.cluster" && isRef(propOf(n, "globalClusterIdentifier")))
      steps.push("auroraGlobalFailover");
    if (n.kind === "aws.rds.instance" && isRef(propOf(n, "replicateSourceDb")))
      steps.push("replicaPromotion");
  }
  if (dr.some((n) => n.kind === "aws.ecs.service" && propOf(n, "desiredCount") === 0))
    steps.push("startTasks");
  if (dr.some((n) => n.kind === "aws.autoscaling.group" && propOf(n, "desiredCapacity") === 0))
    steps.push("launchInstances");
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const aliasesBalancer = (n: GraphNode): boolean => {
    const alias = propOf(n, "alias") as { name?: unknown } | undefined;
    return isRef(alias?.name) && byId.get(alias.name.ref)?.kind === "aws.elbv2.load_balancer";
  };
  const records = nodes.filter(
    (n) => n.region === "primary" && n.kind === "aws.route53.record" && aliasesBalancer(n),
  );
  // Health-checked failover records switch by themselves once the DR site passes its check.
  if (records.some((n) => propOf(n, "healthCheckId") !== undefined)) steps.push("dnsHealthChecked");
  else if (records.length > 0) steps.push("dns");
  return {
    steps,
    fastMinutes: steps.reduce((sum, step) => sum + FAILOVER_STEP_MINUTES[step].minutes[0], 0),
  };
}

/**
 * IDIO428 when a pilot light cannot fail over within the RTO even at the fast
 * end of every step: the RTO needs a warm standby, which serves at once.
 */
export function checkRecoveryReach(context: CompileContext): void {
  if (context.recovery.builds !== "pilot-light") return;
  const rto = context.intent.disasterRecovery.rtoMinutes;
  const reach = pilotLightFailover([...context.nodes.all()]);
  if (reach.fastMinutes <= rto) return;
  const steps = reach.steps
    .map((step) => `${STEP_WORDS[step]} ${FAILOVER_STEP_MINUTES[step].minutes[0]}`)
    .join(" + ");
  report(context, "/disasterRecovery/rtoMinutes", {
    code: CompileCode.RecoveryObjectiveUnmet,
    message: `RTO ${rto} min needs warm standby: the pilot light in ${context.drRegion} serves nothing until its tiers scale up from zero, so a failover takes at least ${reach.fastMinutes} minutes (${steps}; see runbook.md).`,
    hint: `Set availability to "99.999" (or rtoMinutes under ${recoveryStrategyInfo("pilot-light").rtoMinMinutes}) for a warm standby, which keeps every tier running in the DR region at a quarter of the primary's minimum capacity, billed there; or accept rtoMinutes ${reach.fastMinutes} or more.`,
  });
}

const STEP_WORDS: Readonly<Record<FailoverStep, string>> = {
  decide: "decide",
  auroraGlobalFailover: "Aurora global failover",
  replicaPromotion: "replica promotion",
  cacheGlobalFailover: "Global Datastore failover",
  scaleCache: "cache scale-up",
  scaleStandby: "scale the standby",
  startTasks: "Fargate tasks from zero",
  launchInstances: "EC2 instances from zero",
  dns: "Route 53",
  dnsHealthChecked: "Route 53 health-checked failover",
  restore: "restore",
};

function propOf(node: GraphNode, name: string): unknown {
  return (node.props as unknown as Record<string, unknown>)[name];
}
