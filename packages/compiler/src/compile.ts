import type { ResourceGraph } from "@idio-iac/graph";
import {
  hasErrors,
  type Diagnostic,
  type Intent,
  type IntentSource,
} from "@idio-iac/intent-schema";
import { buildCache } from "./build/tiers/build-cache.js";
import { buildDatabase } from "./build/tiers/build-database.js";
import { buildEc2 } from "./build/tiers/build-ec2.js";
import { buildFargate } from "./build/tiers/build-fargate.js";
import { buildLambda } from "./build/tiers/build-lambda.js";
import { buildNetwork } from "./build/platform/build-network.js";
import { buildNoSql } from "./build/tiers/build-nosql.js";
import { buildAlarmTopic, buildBudget, buildDashboard } from "./build/platform/build-operations.js";
import { buildQueue } from "./build/tiers/build-queue.js";
import { buildRecovery } from "./build/platform/build-recovery.js";
import { buildKeys } from "./build/platform/build-keys.js";
import { buildLogsBucket } from "./build/platform/build-logs-bucket.js";
import { buildTrail } from "./build/platform/build-trail.js";
import { buildSecurityRules } from "./build/platform/build-security-rules.js";
import { buildStaticSite } from "./build/tiers/build-static-site.js";
import { buildStorage } from "./build/tiers/build-storage.js";
import { buildStream } from "./build/tiers/build-stream.js";
import { checkIntentFit } from "./context/check-intent-fit.js";
import { type CompileContext, createContext, sitesOf } from "./context/context.js";
import { CompileCode } from "./diagnostic-codes.js";
import { orderGraph } from "./order-graph.js";
import type { ResolvedTier } from "./context/resolve-tiers.js";

export interface CompileOptions {
  /** The parsed source, so diagnostics point at YAML lines. */
  readonly source?: IntentSource;
}

export interface CompileResult {
  /** Absent when any error was reported. */
  readonly graph?: ResourceGraph;
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
        {
          code: CompileCode.CompilerCrashed,
          severity: "error",
          message: `Internal error while compiling: ${error instanceof Error ? error.message : String(error)}`,
          file: fileName,
          line: 0,
          column: 0,
          path: "",
          hint: "This is a bug in IDIO, not in your intent. Please report it with the intent that caused it.",
        },
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
    nodes: context.nodes.sorted(),
  };
  const ordered = orderGraph(graph, fileName);
  if (ordered.diagnostics.length > 0)
    return { diagnostics: [...diagnostics, ...ordered.diagnostics] };
  return { graph, diagnostics };
}

/** The build steps, in an order where every shared node a step refers to is known. */
function build(context: CompileContext): void {
  checkIntentFit(context);
  buildKeys(context);
  buildAlarmTopic(context);
  if (context.inVpc.size > 0) {
    buildNetwork(context, "primary", {
      egress: [...context.inVpc].some((name) => context.compute.has(name)),
      publicSubnets: [...context.compute.values()].some((d) => d.entry === "alb"),
      dynamoEndpoint: context.tiers.some((t) => t.type === "nosql"),
    });
  }
  for (const t of context.tiers) buildTier(context, t);
  const warmStandby = sitesOf(context).includes("dr");
  if (warmStandby) for (const t of context.tiers) buildStandbyTier(context, t);
  // The DR VPC: for a warm standby, or for database replicas that need subnets there.
  if (
    warmStandby ||
    [...context.nodes.all()].some((n) => n.region === "dr" && n.id.endsWith(".subnet-group"))
  ) {
    buildNetwork(context, "dr", {
      egress: warmStandby && [...context.inVpc].some((name) => context.compute.has(name)),
      publicSubnets: warmStandby && [...context.compute.values()].some((d) => d.entry === "alb"),
      dynamoEndpoint: warmStandby && context.tiers.some((t) => t.type === "nosql"),
    });
  }
  buildSecurityRules(context);
  buildTrail(context);
  for (const site of sitesOf(context)) buildLogsBucket(context, site);
  buildRecovery(context);
  buildBudget(context);
  buildDashboard(context);
}

/**
 * The warm standby (99.999): every compute tier again in the DR region at
 * a fraction of its capacity, with the regional pieces it needs there
 * (cache, queue, stream). Databases, tables and buckets replicate on their
 * own (build-database, build-nosql, build-storage); static sites are global.
 */
function buildStandbyTier(context: CompileContext, t: ResolvedTier): void {
  const decision = context.compute.get(t.name);
  if (decision !== undefined) {
    if (decision.service === "lambda") buildLambda(context, t, decision, "dr");
    else if (decision.service === "ec2") buildEc2(context, t, decision, "dr");
    else buildFargate(context, t, decision, "dr");
    return;
  }
  if (t.type === "cache") buildCache(context, t, "dr");
  if (t.type === "queue") buildQueue(context, t, "dr");
  if (t.type === "stream") buildStream(context, t, "dr");
}

function buildTier(context: CompileContext, t: ResolvedTier): void {
  const decision = context.compute.get(t.name);
  if (decision !== undefined) {
    if (decision.service === "lambda") buildLambda(context, t, decision);
    else if (decision.service === "ec2") buildEc2(context, t, decision);
    else buildFargate(context, t, decision);
    return;
  }
  switch (t.type) {
    case "database":
      buildDatabase(context, t);
      return;
    case "cache":
      buildCache(context, t);
      return;
    case "nosql":
      buildNoSql(context, t);
      return;
    case "storage":
      buildStorage(context, t);
      return;
    case "queue":
      buildQueue(context, t);
      return;
    case "stream":
      buildStream(context, t);
      return;
    case "static-site":
      buildStaticSite(context, t);
      return;
  }
}
