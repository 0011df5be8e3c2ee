import type { TierType } from "@idio-iac/intent-schema";
import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import type { Site } from "../../ids.js";
import { buildCache } from "./build-cache.js";
import { buildDatabase } from "./build-database.js";
import { buildEc2 } from "./build-ec2.js";
import { buildFargate } from "./build-fargate.js";
import { buildLambda } from "./build-lambda.js";
import { buildNoSql } from "./build-nosql.js";
import { buildQueue } from "./build-queue.js";
import { buildStaticSite } from "./build-static-site.js";
import { buildStorage } from "./build-storage.js";
import { buildStream } from "./build-stream.js";

type ComputeBuilder = (
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site,
) => void;

interface DataBuilder {
  readonly build: (context: CompileContext, t: ResolvedTier, site: Site) => void;
  /**
   * Whether a warm standby builds the tier again in the DR region. Databases,
   * tables and buckets replicate on their own; static sites are global.
   */
  readonly standby: boolean;
}

/** The builder of each compute service a compute decision can choose. */
export const COMPUTE_BUILDERS: { readonly [S in ComputeDecision["service"]]: ComputeBuilder } = {
  fargate: buildFargate,
  lambda: buildLambda,
  ec2: buildEc2,
};

/** The builder of each tier type that has no compute decision. */
export const DATA_BUILDERS: {
  readonly [T in Exclude<TierType, "web" | "api" | "worker" | "function">]: DataBuilder;
} = {
  database: { build: (context, t) => void buildDatabase(context, t), standby: false },
  nosql: { build: (context, t) => buildNoSql(context, t), standby: false },
  storage: { build: (context, t) => buildStorage(context, t), standby: false },
  "static-site": { build: (context, t) => buildStaticSite(context, t), standby: false },
  cache: { build: buildCache, standby: true },
  queue: { build: buildQueue, standby: true },
  stream: { build: buildStream, standby: true },
};

/**
 * Builds tier `t` in `site`: by its compute decision when it runs code, by its
 * type otherwise. In the DR site (warm standby), only tiers that do not
 * replicate on their own are built again.
 */
export function buildTierIn(context: CompileContext, t: ResolvedTier, site: Site): void {
  const decision = context.compute.get(t.name);
  if (decision !== undefined) {
    COMPUTE_BUILDERS[decision.service](context, t, decision, site);
    return;
  }
  const builder = DATA_BUILDERS[t.type as keyof typeof DATA_BUILDERS];
  if (builder !== undefined && (site === "primary" || builder.standby))
    builder.build(context, t, site);
}
