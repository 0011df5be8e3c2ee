import type { CompileContext } from "../../context/context.js";
import type { Site } from "../../ids.js";

/**
 * An extra serving region of an active-active plan (intent `regions` with latency, geolocation or
 * weighted routing) runs its own writable cache at the primary's size, not a Global Datastore
 * secondary: a secondary "only accepts read requests"
 * (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html), and the
 * region's tiers write to the cache they are given (sessions). Writing to the primary's endpoint
 * instead would need inter-region VPC networking IDIO does not build. A cache holds no data of
 * record (the database replicates), and latency or geolocation routing keeps a user's requests in
 * one region while it is healthy. A warm standby (a DR region, or failover routing's other region)
 * serves only after a failover promotes it, so it keeps its Global Datastore secondary.
 */
export function isActiveActiveRegion(context: CompileContext, site: Site): boolean {
  return site !== "primary" && site !== "dr" && context.recovery.builds === "active-active";
}

const DOCS = "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Redis-Global-Datastore.html";

/** Why an active-active region's group stands alone: the last part of its reason. */
export function servingRegionCacheWhy(context: CompileContext, region: string): string {
  const policy = context.intent.routing?.policy ?? "latency";
  const stays =
    policy === "weighted"
      ? "weighted routing may answer a user's next lookup (after the 60-second TTL) with another region, whose cache misses: sessions kept only in the cache then sign in again, so keep them in the database or a table"
      : `${policy} routing keeps a user's requests in one region while it is healthy, and users a failover moves here miss their cached entries (sessions sign in again)`;
  return `; ${region}'s own writable cache at the primary's size, no Global Datastore: every region serves (${policy} routing) and its tiers write to their region's cache, while a Global Datastore secondary only accepts reads (${DOCS}) and the primary's endpoint would need inter-region networking IDIO does not build; a cache holds no data of record (the database replicates), and ${stays}`;
}

/** The primary's group in an active-active plan: the other regions run their own, not secondaries. */
export function primaryCacheNote(context: CompileContext): string {
  const regions = context.intent.regions ?? [];
  return `; ${regions.join(" and ")} run${regions.length === 1 ? "s" : ""} ${regions.length === 1 ? "its" : "their"} own writable group${regions.length === 1 ? "" : "s"} of this size, not Global Datastore secondaries (each region's tiers write to their region's cache)`;
}
