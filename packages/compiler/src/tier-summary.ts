import type { TierType } from "@idio-iac/intent-schema";
import { mainNodeId } from "./context/connections.js";
import { type CompileContext, hostnameOf } from "./context/context.js";
import type { ResolvedTier } from "./context/resolve-tiers.js";
import type { ComputeDecision } from "./decide/select-compute.js";
import { sizeEc2, sizeFargate } from "./size/size-compute.js";
import { sizeCache } from "./size/size-cache.js";
import { sizeDatabase } from "./size/size-database.js";
import { sizeLambda } from "./size/size-lambda.js";
import { sizeStream } from "./size/size-stream.js";
import { sizeTable } from "./size/size-table.js";

/**
 * What the compiler chose for one tier, in intent order: the service it runs
 * on, its size, how many copies, the data engine, the zones it spans, and why.
 * `idio plan` prints `description`; the other fields are the same facts as data.
 */
export interface TierSummary {
  readonly name: string;
  readonly type: TierType;
  /** The compute decision of a web, api, worker or function tier. */
  readonly compute?: Pick<ComputeDecision, "service" | "entry" | "rule">;
  /** One copy's size: `0.5 vCPU / 1024 MiB`, `t4g.small`, `1024 MB`, `db.r7g.large`. */
  readonly size?: string;
  /** Tasks, instances, database instances or cache nodes (min = max when fixed). */
  readonly instances?: { readonly min: number; readonly max: number };
  /** The data engine and version of a database or cache tier. */
  readonly engine?: { readonly name: string; readonly version: string };
  /** Availability zones the tier's network interfaces span (VPC tiers only). */
  readonly zones?: number;
  /** The reason of the node that stands for the tier: its summary, then the arithmetic. */
  readonly reasons: readonly string[];
  /** One line: what IDIO chose to run the tier on, and its size. */
  readonly description: string;
}

/** The summary of every tier, in intent order (call after the build). */
export function summariseTiers(context: CompileContext): TierSummary[] {
  return context.tiers.map((t) => summariseTier(context, t));
}

function summariseTier(context: CompileContext, t: ResolvedTier): TierSummary {
  const main = context.nodes.get(mainNodeId(context, t));
  const facts = factsOf(context, t);
  return {
    name: t.name,
    type: t.type,
    ...facts,
    ...(context.inVpc.has(t.name) ? { zones: context.availability.zoneCount } : {}),
    reasons: main === undefined ? [] : [main.reason.summary, ...main.reason.calculation],
  };
}

type Facts = Omit<TierSummary, "name" | "type" | "zones" | "reasons">;

function factsOf(context: CompileContext, t: ResolvedTier): Facts {
  const decision = context.compute.get(t.name);
  if (decision !== undefined) return COMPUTE_FACTS[decision.service](context, t, decision);
  switch (t.type) {
    case "database":
      return databaseFacts(context, t);
    case "cache":
      return cacheFacts(context, t);
    default:
      return { description: describeOther(context, t) };
  }
}

const computeOf = (d: ComputeDecision) => ({ service: d.service, entry: d.entry, rule: d.rule });

const COMPUTE_FACTS: {
  readonly [S in ComputeDecision["service"]]: (
    context: CompileContext,
    t: ResolvedTier,
    decision: ComputeDecision,
  ) => Facts;
} = {
  fargate: (context, t, decision) => {
    const { task, min, max } = sizeFargate(
      t,
      context.availability.zoneCount,
      context.availability.production,
    );
    const size = `${task.cpu / 1024} vCPU / ${task.memory} MiB`;
    const entry =
      decision.entry === "alb" ? ` behind ${t.isPublic ? "a public" : "an internal"} ALB` : "";
    return {
      compute: computeOf(decision),
      size,
      instances: { min, max },
      description: `ECS Fargate${entry}, ${size} ARM64, ${min}-${max} tasks`,
    };
  },
  ec2: (context, t, decision) => {
    const { instanceType, min, max } = sizeEc2(
      t,
      context.availability.zoneCount,
      context.availability.production,
      context.intent.cost?.monthlyBudgetUsd,
    );
    const entry = decision.entry === "alb" ? " behind an ALB" : "";
    return {
      compute: computeOf(decision),
      size: instanceType.name,
      instances: { min, max },
      description: `EC2 Auto Scaling group, ${instanceType.name}, ${min}-${max} instances${entry}`,
    };
  },
  lambda: (context, t, decision) => {
    const size = `${sizeLambda(t).memoryMb} MB`;
    const api = decision.entry === "http-api" ? " behind an HTTP API" : "";
    const vpc = context.inVpc.has(t.name) ? ", in the VPC" : "";
    return {
      compute: computeOf(decision),
      size,
      description: `Lambda ${t.runtime} ${size} arm64${api}${vpc}`,
    };
  },
};

function databaseFacts(context: CompileContext, t: ResolvedTier): Facts {
  const design = sizeDatabase(context, t);
  const engine = { name: design.engine, version: design.engineVersion };
  const size = design.instanceClass.name;
  const copied = design.crossRegion !== "none" && context.drRegion !== undefined;
  if (design.aurora) {
    const count = 1 + design.readers;
    return {
      size,
      instances: { min: count, max: count },
      engine,
      description: `${engine.name} ${engine.version}, ${count} x ${size}${copied ? `, replicated to ${context.drRegion}` : ""}`,
    };
  }
  return {
    size,
    instances: { min: 1, max: 1 },
    engine,
    description: `RDS ${engine.name} ${engine.version}, ${size}${design.multiAz ? " Multi-AZ" : ""}, ${design.allocatedStorageGb} GiB gp3${copied ? `, replica in ${context.drRegion}` : ""}`,
  };
}

function cacheFacts(context: CompileContext, t: ResolvedTier): Facts {
  const { engine, engineVersion, nodeType, nodes } = sizeCache(context, t);
  return {
    size: nodeType.name,
    instances: { min: nodes, max: nodes },
    engine: { name: engine, version: engineVersion },
    description: `ElastiCache ${engine} ${engineVersion}, ${nodes} x ${nodeType.name}${nodes > 1 ? " Multi-AZ" : ""}`,
  };
}

/** The sentence of a tier whose size is a mode rather than a count. */
function describeOther(context: CompileContext, t: ResolvedTier): string {
  const dr = context.drRegion;
  switch (t.type) {
    case "nosql": {
      const { billingMode, readCapacity, writeCapacity } = sizeTable(context, t);
      const capacity =
        billingMode === "PAY_PER_REQUEST"
          ? "on-demand"
          : `provisioned ${readCapacity} RCU / ${writeCapacity} WCU`;
      return `DynamoDB ${capacity}${dr !== undefined ? `, global table with ${dr}` : ""}`;
    }
    case "static-site": {
      const host = context.intent.domain !== undefined ? hostnameOf(context, t.name) : undefined;
      return `S3 + CloudFront${host !== undefined ? ` on ${host}` : ""}`;
    }
    case "queue":
      return `SQS ${t.engine === "sqs-fifo" ? "FIFO" : "standard"} queue with a dead-letter queue`;
    case "stream": {
      const { mode, shardCount } = sizeStream(t, "primary");
      return `Kinesis ${mode === "ON_DEMAND" ? "on-demand" : `${shardCount} shards`}`;
    }
    case "storage": {
      const algorithm = context.posture.kms ? "aws:kms" : "AES256";
      return `S3 bucket (versioned, ${algorithm})${dr !== undefined ? `, replicated to ${dr}` : ""}`;
    }
    default:
      return `${t.type} tier`;
  }
}
