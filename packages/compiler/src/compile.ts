import type { ResourceGraph } from "@idio-iac/graph";
import {
  hasErrors,
  type Diagnostic,
  type Intent,
  type IntentSource,
} from "@idio-iac/intent-schema";
import { bugDiagnostic } from "./bug-diagnostic.js";
import { buildNetwork } from "./build/platform/build-network.js";
import { pilotLightNat } from "./build/platform/pilot-light-nat.js";
import { buildAlarmTopic, buildBudget, buildDashboard } from "./build/platform/build-operations.js";
import { buildRecovery } from "./build/platform/build-recovery.js";
import { buildKeys } from "./build/platform/build-keys.js";
import { buildLogsBucket } from "./build/platform/build-logs-bucket.js";
import { buildTrail } from "./build/platform/build-trail.js";
import { buildShield } from "./build/platform/build-shield.js";
import { buildEcrReplication } from "./build/platform/build-ecr-replication.js";
import { buildSecurityRules } from "./build/platform/build-security-rules.js";
import { buildTierIn } from "./build/tiers/tier-builders.js";
import { addLoadBalancerAlarms } from "./build/shared/load-balancer-alarms.js";
import { checkIntentFit } from "./context/check-intent-fit.js";
import { checkRecoveryReach } from "./decide/recovery-reach.js";
import { markInferredReasons, reportInference } from "./context/report-inference.js";
import { markServingReasons } from "./context/mark-serving-reasons.js";
import { reportTrafficAssumptions } from "./size/report-traffic-assumption.js";
import { type CompileContext, createContext, sitesOf } from "./context/context.js";
import { CompileCode } from "./diagnostic-codes.js";
import { SUBNET_GROUP_KINDS } from "./ids.js";
import { orderGraph } from "./order-graph.js";
import { summariseTiers, type TierSummary } from "./tier-summary.js";

export interface CompileOptions {
  /** The parsed source, so diagnostics point at YAML lines. */
  readonly source?: IntentSource;
}

export interface CompileResult {
  /** Absent when any error was reported. */
  readonly graph?: ResourceGraph;
  /** What was chosen for each tier, in intent order; present with the graph. */
  readonly tiers?: TierSummary[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Compiles a validated intent into the resource graph. Pure and
 * deterministic: the same intent always yields the same graph, nodes
 * sorted by id. User problems are diagnostics; a thrown error or a broken
 * graph is an IDIO bug and is reported as an internal diagnostic.
 */
export function compile(intent: Intent, options: CompileOptions = {}): CompileResult {
  const fileName = options.source?.fileName ?? "<intent>";
  let context: CompileContext;
  try {
    context = createContext(intent, options.source);
    build(context);
  } catch (error) {
    return {
      diagnostics: [
        bugDiagnostic(
          CompileCode.CompilerCrashed,
          fileName,
          `Internal error while compiling: ${error instanceof Error ? error.message : String(error)}`,
        ),
      ],
    };
  }
  const diagnostics = context.diagnostics;
  if (hasErrors(diagnostics)) return { diagnostics };
  const graph: ResourceGraph = {
    name: intent.name,
    environment: intent.environment,
    region: intent.region,
    ...(context.drRegion !== undefined && context.nodes.sorted().some((n) => n.region === "dr")
      ? { drRegion: context.drRegion }
      : {}),
    ...(context.servingRegions.length > 0 ? { regions: [...context.servingRegions] } : {}),
    nodes: context.nodes.sorted(),
  };
  const ordered = orderGraph(graph, fileName);
  if (ordered.diagnostics.length > 0)
    return { diagnostics: [...diagnostics, ...ordered.diagnostics] };
  return { graph, tiers: summariseTiers(context), diagnostics };
}

/** The build steps, in an order where every shared node a step refers to is known. */
function build(context: CompileContext): void {
  checkIntentFit(context);
  reportInference(context);
  reportTrafficAssumptions(context);
  buildKeys(context);
  buildAlarmTopic(context);
  const fullNetwork = {
    egress: [...context.inVpc].some((name) => context.compute.has(name)),
    publicSubnets: [...context.compute.values()].some((d) => d.entry === "alb"),
    dynamoEndpoint: context.tiers.some((t) => t.type === "nosql"),
  };
  if (context.inVpc.size > 0) buildNetwork(context, "primary", fullNetwork);
  for (const t of context.tiers) buildTierIn(context, t, "primary");
  // Extra serving regions (`regions`): every tier again, each with the primary's network.
  for (const site of context.servingRegions) {
    if (context.inVpc.size > 0) buildNetwork(context, site, fullNetwork);
    for (const t of context.tiers) buildTierIn(context, t, site);
  }
  // Pilot light and warm standby: the tiers again in the DR region at the strategy's
  // share of their capacity (zero, a quarter); see DATA_BUILDERS for the tiers that
  // replicate instead.
  const warmStandby = sitesOf(context).includes("dr");
  if (warmStandby) for (const t of context.tiers) buildTierIn(context, t, "dr");
  // The DR VPC: for a warm standby, or for database replicas that need subnets there.
  if (
    warmStandby ||
    [...context.nodes.all()].some((n) => n.region === "dr" && SUBNET_GROUP_KINDS.has(n.kind))
  ) {
    buildNetwork(context, "dr", {
      egress: warmStandby && [...context.inVpc].some((name) => context.compute.has(name)),
      publicSubnets: warmStandby && [...context.compute.values()].some((d) => d.entry === "alb"),
      dynamoEndpoint: warmStandby && context.tiers.some((t) => t.type === "nosql"),
      singleNat: pilotLightNat(context),
    });
  }
  buildSecurityRules(context);
  buildTrail(context);
  for (const site of sitesOf(context)) buildLogsBucket(context, site);
  buildRecovery(context);
  addLoadBalancerAlarms(context);
  buildShield(context);
  buildEcrReplication(context);
  buildBudget(context);
  buildDashboard(context);
  markInferredReasons(context);
  markServingReasons(context);
  checkRecoveryReach(context);
}
