import { type Ref, ref } from "@idio-iac/graph";
import { diagnosticAt, type DiagnosticCode } from "@idio-iac/core";
import {
  regionInfo,
  type Diagnostic,
  type Intent,
  type IntentSource,
} from "@idio-iac/intent-schema";
import { awsName } from "./aws-names.js";
import { decideAvailability, type AvailabilityDecision } from "../decide/decide-availability.js";
import { decidePosture, type Posture } from "../decide/decide-posture.js";
import { decideRecovery, type RecoveryDecision } from "../decide/decide-recovery.js";
import { NodeSet } from "../node-set.js";
import { hostnameAmong } from "./public-hostname.js";
import { resolveTiers, type ResolvedTier } from "./resolve-tiers.js";
import { selectCompute, type ComputeDecision } from "../decide/select-compute.js";
import { exposureOf, type Exposure } from "../decide/choose-edge.js";
import { servingSite, siteId, siteNamePart, type AwsRegionCode, type Site } from "../ids.js";

/** Everything a builder reads, and the graph and diagnostics it writes to. */
export interface CompileContext {
  readonly intent: Intent;
  readonly source: IntentSource | undefined;
  readonly nodes: NodeSet;
  readonly diagnostics: Diagnostic[];
  /** `warmStandby` follows the recovery strategy: the tiers are in the DR region (pilot light at zero, warm standby scaled down). */
  readonly availability: AvailabilityDecision;
  readonly recovery: RecoveryDecision;
  readonly posture: Posture;
  readonly tiers: readonly ResolvedTier[];
  readonly tierByName: ReadonlyMap<string, ResolvedTier>;
  /** Compute decisions of web, api, worker and function tiers. */
  readonly compute: ReadonlyMap<string, ComputeDecision>;
  /** Tiers with a network interface in the VPC. */
  readonly inVpc: ReadonlySet<string>;
  /** How each tier meets its callers (internet-facing, behind CloudFront, internal). */
  readonly exposure: ReadonlyMap<string, Exposure>;
  /** The DR region when anything lives there (replication or a warm standby). */
  readonly drRegion: string | undefined;
  /** The fields behind the secondary sites: the DR fields, or `/regions` (and the routing policy). */
  readonly drPointers: readonly string[];
  /** The intent's extra serving regions (`regions`), in its order; each is a site. */
  readonly servingRegions: readonly AwsRegionCode[];
}

export function createContext(intent: Intent, source: IntentSource | undefined): CompileContext {
  const tiers = resolveTiers(intent);
  const tierByName = new Map(tiers.map((t) => [t.name, t]));
  const posture = decidePosture(intent);
  const compute = decideCompute(tiers, tierByName, posture);
  const recovery = decideRecovery(intent);
  // The recovery strategy is the one source of truth for what runs in the DR region.
  const availability = { ...decideAvailability(intent), warmStandby: recovery.tiersInDr };
  const dr = intent.disasterRecovery;
  const usesDr = recovery.regional;
  return {
    intent,
    source,
    nodes: new NodeSet({
      ...intent.tags,
      "idio:application": intent.name,
      "idio:environment": intent.environment,
      "idio:managed-by": "idio",
    }),
    diagnostics: [],
    availability,
    recovery,
    posture,
    tiers,
    tierByName,
    compute,
    inVpc: tiersInVpc(tiers, tierByName, compute),
    exposure: new Map(
      tiers.map((t) => [t.name, exposureOf(intent, posture, compute.get(t.name), t)]),
    ),
    // With serving regions the other regions are the recovery: no DR site (IDIO321).
    drRegion:
      usesDr && (intent.regions ?? []).length === 0
        ? (dr.drRegion ?? regionInfo(intent.region)?.drPartner)
        : undefined,
    servingRegions: (intent.regions ?? []).map(servingSite),
    drPointers:
      (intent.regions ?? []).length > 0
        ? servingPointers(intent)
        : [
            ...(dr.crossRegionReplication ? ["/disasterRecovery/crossRegionReplication"] : []),
            ...(Number(intent.availability) >= 99.999 ? ["/availability"] : []),
            ...(recovery.tiersInDr && Number(intent.availability) < 99.999
              ? ["/disasterRecovery/rtoMinutes"]
              : []),
            ...(dr.drRegion !== undefined ? ["/disasterRecovery/drRegion"] : ["/region"]),
          ],
  };
}

/** The fields behind an extra serving region's resources. */
function servingPointers(intent: Intent): string[] {
  return ["/regions", ...(intent.routing !== undefined ? ["/routing/policy"] : [])];
}

/** The compute decision of every web, api, worker and function tier. */
function decideCompute(
  tiers: readonly ResolvedTier[],
  tierByName: ReadonlyMap<string, ResolvedTier>,
  posture: Posture,
): Map<string, ComputeDecision> {
  const compute = new Map<string, ComputeDecision>();
  for (const t of tiers) {
    if (t.type !== "web" && t.type !== "api" && t.type !== "worker" && t.type !== "function")
      continue;
    compute.set(
      t.name,
      selectCompute({
        type: t.type,
        compute: t.tier.compute,
        trafficPattern: t.tier.trafficPattern,
        expectedRps: t.tier.expectedRps,
        scalingMin: t.tier.scaling?.min,
        isPublic: t.isPublic,
        wafRequired: posture.waf,
        memoryMb: t.tier.memoryMb,
        cpu: t.tier.cpu,
        hasEventSource: t.connectsTo.some((name) => {
          const type = tierByName.get(name)?.type;
          return type === "queue" || type === "stream";
        }),
      }),
    );
  }
  return compute;
}

/**
 * Containers, instances, databases and caches live in the VPC; a Lambda
 * function joins it only when it must reach something that does.
 */
function tiersInVpc(
  tiers: readonly ResolvedTier[],
  byName: ReadonlyMap<string, ResolvedTier>,
  compute: ReadonlyMap<string, ComputeDecision>,
): Set<string> {
  const inVpc = new Set<string>();
  for (const t of tiers) {
    const decision = compute.get(t.name);
    if (t.type === "database" || t.type === "cache") inVpc.add(t.name);
    if (decision !== undefined && decision.service !== "lambda") inVpc.add(t.name);
  }
  for (const t of tiers) {
    if (compute.get(t.name)?.service !== "lambda") continue;
    const reachesVpc = t.connectsTo.some((target) => {
      const other = byName.get(target);
      if (other === undefined) return false;
      return (
        inVpc.has(other.name) &&
        (other.type === "database" ||
          other.type === "cache" ||
          compute.get(other.name)?.entry === "alb")
      );
    });
    if (reachesVpc) inVpc.add(t.name);
  }
  return inVpc;
}

/**
 * An S3 bucket name prefix: AWS (Terraform `bucket_prefix`) appends a unique
 * suffix and allows at most 37 characters of prefix.
 */
export function bucketPrefix(context: CompileContext, parts: readonly string[]): string {
  return `${nameOf(context, parts, 36)}-`;
}

/** A Lambda function's name (64 characters at most), `-dr` in the DR region. */
export function functionNameOf(context: CompileContext, tierName: string, site: Site): string {
  return nameOf(context, [tierName, ...siteNamePart(site)], 64);
}

/** `<app>-<env>-<parts>`, shortened with a stable hash past `maxLength`. */
export function nameOf(context: CompileContext, parts: readonly string[], maxLength = 64): string {
  return awsName(context.intent.name, context.intent.environment, parts, maxLength);
}

export function report(
  context: CompileContext,
  pointer: string,
  fields: { code: DiagnosticCode; message: string; hint?: string },
): void {
  context.diagnostics.push(diagnosticAt(context.source, pointer, fields));
}

/** Shared node ids. */
export const SHARED = {
  kmsKey: "security.kms.key",
  kmsAlias: "security.kms.alias",
  alarmTopic: "ops.alarms.topic",
  ecsCluster: "compute.ecs.cluster",
  certificate: "edge.certificate",
  vpc: "network.vpc",
  logsBucket: "ops.logs.bucket",
} as const;

/** The KMS key of `site` when encryption at rest uses a customer-managed key. */
export function kmsKeyRef(
  context: CompileContext,
  attr: "arn" | "id" | "keyId" = "arn",
  site: Site = "primary",
): Ref | undefined {
  if (!context.posture.kms) return undefined;
  return ref(siteId(site, SHARED.kmsKey), attr);
}

export function alarmTopicRef(site: Site = "primary"): Ref {
  return ref(siteId(site, SHARED.alarmTopic), "arn");
}

/** Where the tiers are built: the primary region, plus the DR region for pilot light (at zero) and up (decide-recovery.ts). */
export function sitesOf(context: CompileContext): Site[] {
  return [
    "primary",
    ...(context.availability.warmStandby && context.drRegion !== undefined ? ["dr" as const] : []),
    ...context.servingRegions,
  ];
}

/**
 * Every site with anything in it besides the primary: the DR region whenever it
 * is used (replicas, copies or a standby), and every extra serving region.
 */
export function secondarySites(context: CompileContext): Site[] {
  return [...(context.drRegion !== undefined ? ["dr" as const] : []), ...context.servingRegions];
}

/** The AWS region of a site. */
export function siteRegion(context: CompileContext, site: Site): string {
  if (site === "primary") return context.intent.region;
  if (site === "dr") return context.drRegion!;
  return site;
}

/**
 * The share of the primary's minimum capacity a secondary site runs, or
 * undefined when it runs the primary's full capacity: the DR region runs the
 * recovery strategy's standby share; an extra serving region runs full
 * capacity (active-active), except the standby of failover routing, which
 * runs a warm standby's share (decide-serving-regions.ts).
 */
export function standbyShareOf(context: CompileContext, site: Site): number | undefined {
  if (site === "primary") return undefined;
  if (site === "dr") return context.recovery.standbyShare;
  return context.recovery.strategy === "active-active" ? undefined : context.recovery.standbyShare;
}

/**
 * Where backups are copied: the DR region, or with serving regions the first
 * of them (one copy is enough: the other regions hold the data live).
 */
export function backupCopySite(context: CompileContext): Site | undefined {
  if (context.drRegion !== undefined) return "dr";
  return context.servingRegions[0];
}

/** Whether CloudFront is the way in to the tier (an internal load balancer behind a VPC origin). */
export function behindCloudFront(context: CompileContext, t: ResolvedTier): boolean {
  return context.exposure.get(t.name) === "cloudfront";
}

/** Whether the tier's load balancer sits in the public subnets, reachable from the internet. */
export function facesInternet(context: CompileContext, t: ResolvedTier): boolean {
  return context.exposure.get(t.name) === "internet-facing";
}

/** The DNS name a tier is served on (see `hostnameAmong`); undefined without a domain. */
export function hostnameOf(context: CompileContext, tierName: string): string | undefined {
  return hostnameAmong(context.tiers, context.intent.domain, tierName);
}
