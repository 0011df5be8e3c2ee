import type { CompileContext } from "./context.js";
import { siteId, tierNodeId, type Site, type TierMainPart } from "../ids.js";
import type { ResolvedTier } from "./resolve-tiers.js";
import { sizeDatabase } from "../size/size-database.js";

/** What a `connectsTo` edge means, from the caller's side. */
export type EdgeRole =
  | "database"
  | "cache"
  | "table"
  | "bucket"
  | "queue-producer"
  | "queue-consumer"
  | "stream-producer"
  | "stream-consumer"
  | "http-alb"
  | "http-api"
  | "invoke"
  | "ignored";

export interface Edge {
  readonly from: ResolvedTier;
  readonly to: ResolvedTier;
  readonly role: EdgeRole;
  /** `/tiers/<i>/connectsTo/<j>`. */
  readonly pointer: string;
}

const CODE_TYPES = new Set(["web", "api", "worker", "function"]);

/** The edges leaving `from`, classified; unknown targets are skipped (the validator reports them). */
export function edgesFrom(context: CompileContext, from: ResolvedTier): Edge[] {
  const edges: Edge[] = [];
  for (const name of from.connectsTo) {
    const to = context.tierByName.get(name);
    if (to === undefined || to.name === from.name) continue;
    edges.push({
      from,
      to,
      role: roleOf(context, from, to),
      pointer: `${from.pointer}/connectsTo/${from.tier.connectsTo.indexOf(name)}`,
    });
  }
  return edges;
}

function roleOf(context: CompileContext, from: ResolvedTier, to: ResolvedTier): EdgeRole {
  if (!CODE_TYPES.has(from.type)) return "ignored";
  const consumer = from.type === "worker" || from.type === "function";
  switch (to.type) {
    case "database":
      return "database";
    case "cache":
      return "cache";
    case "nosql":
      return "table";
    case "storage":
      return "bucket";
    case "queue":
      return consumer ? "queue-consumer" : "queue-producer";
    case "stream":
      return consumer ? "stream-consumer" : "stream-producer";
    case "function":
      return "invoke";
    case "web":
    case "api": {
      const entry = context.compute.get(to.name)?.entry;
      if (entry === "alb") return "http-alb";
      if (entry === "http-api") return "http-api";
      return "invoke";
    }
    default:
      return "ignored";
  }
}

/** The node that stands for a tier: what others reference, alarm on and back up. */
export function mainNodeId(context: CompileContext, t: ResolvedTier): string {
  return tierNodeId(t.prefix, mainPart(context, t));
}

function mainPart(context: CompileContext, t: ResolvedTier): TierMainPart {
  switch (t.type) {
    case "database":
      return sizeDatabase(context, t).aurora ? "cluster" : "instance";
    case "cache":
      return "replication-group";
    case "nosql":
      return "table";
    case "storage":
      return "bucket";
    case "queue":
      return "queue";
    case "stream":
      return "stream";
    case "static-site":
      return "distribution";
    default: {
      const decision = context.compute.get(t.name);
      if (decision?.service === "lambda") return "function";
      if (decision?.service === "ec2") return "asg";
      return "service";
    }
  }
}

/** Environment variable prefix for a tier: `orders-db` -> `ORDERS_DB`. */
export function envPrefix(t: ResolvedTier): string {
  return t.name.toUpperCase().replace(/-/g, "_");
}

/**
 * The node a caller in `site` uses for a tier: in the DR region the DR copy
 * (secondary cluster or replica, replica bucket, the standby's cache, queue,
 * stream, load balancer), or the primary node when the resource is global
 * (a DynamoDB global table keeps one name).
 */
export function siteTarget(context: CompileContext, t: ResolvedTier, site: Site): string {
  const main = mainNodeId(context, t);
  if (site === "primary") return main;
  if (t.type === "database")
    return tierNodeId(
      t.prefix,
      databaseTargetIsCluster(context, t, site) ? "cluster" : "replica",
      site,
    );
  if (t.type === "nosql") return main;
  return siteId(site, main);
}

/**
 * Whether the database node a caller in `site` uses is an Aurora cluster
 * (writer and reader endpoints) rather than an instance or replica (address).
 */
export function databaseTargetIsCluster(
  context: CompileContext,
  t: ResolvedTier,
  site: Site,
): boolean {
  const design = sizeDatabase(context, t);
  return site === "primary" ? design.aurora : design.crossRegion === "global-cluster";
}
