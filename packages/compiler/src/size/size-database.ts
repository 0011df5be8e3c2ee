import {
  AURORA_INSTANCE_CLASSES,
  RDS_INSTANCE_CLASSES,
  THROUGHPUT,
  databaseClassFor,
  type DatabaseInstanceClass,
} from "@idio-iac/core";
import type { CompileContext } from "../context/context.js";
import {
  BUDGET_POINTER,
  BURSTABLE_MAX_VCPU,
  budgetOf,
  burstableStep,
} from "../decide/fit-budget.js";
import type { ResolvedTier } from "../context/resolve-tiers.js";

export type DatabaseEngine = "postgres" | "mysql" | "aurora-postgresql" | "aurora-mysql";

export interface DatabaseDesign {
  readonly engine: DatabaseEngine;
  readonly aurora: boolean;
  readonly engineVersion: string;
  /** Parameter group family, e.g. `aurora-postgresql16`. */
  readonly family: string;
  readonly instanceClass: DatabaseInstanceClass;
  readonly allocatedStorageGb: number;
  readonly maxAllocatedStorageGb: number;
  readonly multiAz: boolean;
  /** Aurora readers, or RDS read replicas, in the primary region. */
  readonly readers: number;
  /** How the DR region gets a copy beyond backups. */
  readonly crossRegion: "none" | "global-cluster" | "read-replica";
  readonly summary: string;
  readonly calculation: readonly string[];
  readonly pointers: readonly string[];
}

/** Share of database queries that are reads (and can go to readers). */
const READ_SHARE = 0.8;

/** Storage beyond which Aurora's shared, auto-growing volume beats provisioning EBS (GiB). */
export const AURORA_STORAGE_THRESHOLD_GB = 5120;
/** Daily backups: copies to the DR region are at most this old (minutes). */
export const BACKUP_INTERVAL_MINUTES = 1440;

/**
 * Current minor versions (checked against cfn-lint's RDS version data, which
 * flags deprecated minors): a deprecated minor can no longer be created.
 */
const DEFAULT_VERSION: Record<DatabaseEngine, string> = {
  postgres: "16.8",
  "aurora-postgresql": "16.8",
  mysql: "8.0.41",
  "aurora-mysql": "8.0.mysql_aurora.3.08.0",
};

/** Full versions for a major-only `engineVersion` (Aurora needs a full version). */
const VERSION_BY_MAJOR: Record<DatabaseEngine, Record<string, string>> = {
  postgres: { "13": "13.20", "14": "14.17", "15": "15.12", "16": "16.8", "17": "17.4" },
  "aurora-postgresql": { "14": "14.17", "15": "15.12", "16": "16.8", "17": "17.4" },
  mysql: { "8": "8.0.41", "8.0": "8.0.41", "8.4": "8.4.4" },
  "aurora-mysql": { "8": "8.0.mysql_aurora.3.08.0", "8.0": "8.0.mysql_aurora.3.08.0" },
};

/** Resolved tiers belong to one compile, so a design can be remembered per tier object. */
const designs = new WeakMap<ResolvedTier, DatabaseDesign>();

export function sizeDatabase(context: CompileContext, t: ResolvedTier): DatabaseDesign {
  let design = designs.get(t);
  if (design === undefined) {
    design = designDatabase(context, t);
    designs.set(t, design);
  }
  return design;
}

function designDatabase(context: CompileContext, t: ResolvedTier): DatabaseDesign {
  const { intent, availability } = context;
  const requested = (t.engine ?? "postgres") as DatabaseEngine;
  const family = requested.endsWith("mysql") ? "mysql" : "postgresql";
  const pointers = [`${t.pointer}/engine`, "/availability", "/environment"];
  const load = databaseLoad(context, t, pointers);
  const reasons = auroraReasons(context, t, requested, load, pointers);
  const aurora = reasons.length > 0;
  const engine: DatabaseEngine = aurora ? (`aurora-${family}` as DatabaseEngine) : requested;
  const calculation = [
    aurora
      ? `engine: ${engine} because ${reasons.join("; ")}`
      : `engine: ${engine} (RDS; availability ${intent.availability} needs no Aurora)`,
  ];
  const engineVersion = resolveVersion(engine, t.tier.engineVersion);
  if (t.tier.engineVersion !== undefined) pointers.push(`${t.pointer}/engineVersion`);
  calculation.push(...load.steps);
  const instanceClass = chooseClass(context, aurora, load, calculation, pointers);
  const allocatedStorageGb = Math.max(20, Math.ceil(load.dataGb * THROUGHPUT.storageHeadroom));
  const maxAllocatedStorageGb = Math.min(65536, Math.max(allocatedStorageGb * 2, 100));
  calculation.push(
    aurora
      ? `storage: Aurora volume grows automatically; ${load.dataGb} GB stated`
      : `storage: ${load.dataGb} GB x ${THROUGHPUT.storageHeadroom} headroom = ${allocatedStorageGb} GiB gp3, autoscaling to ${maxAllocatedStorageGb} GiB`,
  );
  const multiAz = availability.multiAzData;
  const readers = readersFor(
    context,
    { aurora, multiAz, vcpu: load.vcpu, instanceClass },
    calculation,
  );
  const crossRegion = crossRegionOf(context, aurora, calculation, pointers);
  const name = family === "mysql" ? "MySQL" : "PostgreSQL";
  return {
    engine,
    aurora,
    engineVersion,
    family: parameterFamily(engine, engineVersion),
    instanceClass,
    allocatedStorageGb,
    maxAllocatedStorageGb,
    multiAz,
    readers,
    crossRegion,
    summary: aurora
      ? `Aurora ${name} cluster on ${instanceClass.name}, ${1 + readers} instance${readers ? "s" : ""}`
      : `RDS ${name} on ${instanceClass.name}${multiAz ? ", Multi-AZ" : ""}, ${allocatedStorageGb} GiB`,
    calculation,
    pointers,
  };
}

/** The instance class: the smallest that holds the load, burstable under a budget when the load is small. */
function chooseClass(
  context: CompileContext,
  aurora: boolean,
  load: DatabaseLoad,
  calculation: string[],
  pointers: string[],
): DatabaseInstanceClass {
  const { intent, availability } = context;
  const allowBurstable = !availability.production && !replicatesCrossRegion(context);
  const classes = aurora ? AURORA_INSTANCE_CLASSES : RDS_INSTANCE_CLASSES;
  let instanceClass = databaseClassFor(classes, {
    vcpu: load.vcpu,
    memoryGib: load.memoryGib,
    allowBurstable,
  });
  calculation.push(
    `class: smallest ${aurora ? "Aurora" : "RDS"} class with >= ${round(load.vcpu)} vCPU and >= ${round(load.memoryGib)} GiB${allowBurstable ? "" : " (no burstable t4g in production or global databases)"} = ${instanceClass.name} (${instanceClass.vcpu} vCPU, ${instanceClass.memoryGib} GiB)`,
  );
  const budgetClass = allowBurstable
    ? undefined
    : budgetDatabaseClass(context, classes, load, aurora && replicatesCrossRegion(context));
  if (budgetClass !== undefined) {
    const copies = availability.multiAzData && !aurora ? 2 : 1;
    calculation.push(
      burstableStep(intent, budgetClass.name, instanceClass.name, copies, "instance") +
        (aurora ? "" : "; AWS supports it for Multi-AZ RDS PostgreSQL and MySQL"),
    );
    instanceClass = budgetClass;
    pointers.push(BUDGET_POINTER);
  }
  return instanceClass;
}

/**
 * Under a budget, a small production load (at most 2 vCPU, hot data within
 * 8 GiB) runs on the smallest burstable class that holds it, never below
 * 2 GiB (db.t4g.micro is too small for production). Aurora global databases
 * do not support t4g, so they keep their class.
 */
function budgetDatabaseClass(
  context: CompileContext,
  classes: readonly DatabaseInstanceClass[],
  load: DatabaseLoad,
  globalDatabase: boolean,
): DatabaseInstanceClass | undefined {
  if (budgetOf(context.intent) === undefined || globalDatabase) return undefined;
  if (load.vcpu > BURSTABLE_MAX_VCPU) return undefined;
  return classes.find(
    (c) => c.burstable && c.memoryGib >= Math.max(2, load.memoryGib) && c.vcpu >= load.vcpu,
  );
}

interface DatabaseLoad {
  readonly vcpu: number;
  readonly dataGb: number;
  readonly memoryGib: number;
  readonly steps: string[];
}

/** Load: requests of every tier that connects to this database, and the hot share of its data. */
function databaseLoad(context: CompileContext, t: ResolvedTier, pointers: string[]): DatabaseLoad {
  const { intent } = context;
  const callers = t.connectedFrom.map((name) => context.tierByName.get(name)!);
  const rps = callers.reduce((sum, c) => sum + (c.tier.expectedRps ?? 0), 0);
  for (const c of callers)
    if (c.tier.expectedRps !== undefined) pointers.push(`${c.pointer}/expectedRps`);
  const qps = rps * THROUGHPUT.queriesPerRequest;
  const vcpu = qps / THROUGHPUT.queriesPerDbVcpu;
  const dataGb = t.tier.dataSizeGb ?? 20;
  const hotShare = THROUGHPUT.hotDataShare[intent.environment];
  const memoryGib = dataGb * hotShare;
  if (t.tier.dataSizeGb !== undefined) pointers.push(`${t.pointer}/dataSizeGb`);
  return {
    vcpu,
    dataGb,
    memoryGib,
    steps: [
      `load: ${rps} req/s from ${callers.map((c) => c.name).join(", ") || "no caller"} x ${THROUGHPUT.queriesPerRequest} queries = ${qps} queries/s / ${THROUGHPUT.queriesPerDbVcpu} per vCPU = ${round(vcpu)} vCPU`,
      `memory: ${dataGb} GB x ${hotShare * 100}% hot data (${intent.environment}) = ${round(memoryGib)} GiB`,
    ],
  };
}

/** Aurora when the engine says so, or availability, storage, load or recovery point need it. */
function auroraReasons(
  context: CompileContext,
  t: ResolvedTier,
  requested: DatabaseEngine,
  load: DatabaseLoad,
  pointers: string[],
): string[] {
  const { intent } = context;
  const dr = intent.disasterRecovery;
  const reasons: string[] = [];
  if (requested.startsWith("aurora")) reasons.push(`the intent asks for ${requested}`);
  if (Number(intent.availability) >= 99.99)
    reasons.push(
      `availability ${intent.availability}: Aurora keeps six copies across three AZs and fails over in about 30 s`,
    );
  // Beyond the largest single instance, reads must spread over readers: Aurora's job.
  const largestRds = RDS_INSTANCE_CLASSES[RDS_INSTANCE_CLASSES.length - 1]!;
  if (load.vcpu > largestRds.vcpu) {
    reasons.push(
      `${round(load.vcpu)} vCPU of load is more than one ${largestRds.name} (${largestRds.vcpu} vCPU): Aurora spreads reads over up to 15 readers`,
    );
  }
  if (load.dataGb > AURORA_STORAGE_THRESHOLD_GB) {
    reasons.push(
      `${load.dataGb} GB > ${AURORA_STORAGE_THRESHOLD_GB} GB: Aurora storage grows to 128 TiB without provisioning`,
    );
    pointers.push(`${t.pointer}/dataSizeGb`);
  }
  if (context.servingRegions.length > 0) {
    reasons.push(
      `regions ${context.servingRegions.join(", ")}: only an Aurora global database serves every region (reads local, writes forwarded to the one writer)`,
    );
    pointers.push("/regions");
  }
  if (dr.crossRegionReplication && dr.rpoMinutes < 5) {
    reasons.push(
      `rpoMinutes ${dr.rpoMinutes} < 5 across regions: only an Aurora global database (typical lag < 1 s) meets it`,
    );
    pointers.push("/disasterRecovery/rpoMinutes");
  }
  return reasons;
}

/** Pilot light and up replicate data live (decide-recovery.ts). */
function replicatesCrossRegion(context: CompileContext): boolean {
  return context.recovery.replicatesData;
}

/** Aurora readers (or RDS read replicas): for Multi-AZ, for the availability target, for read load. */
function readersFor(
  context: CompileContext,
  d: {
    aurora: boolean;
    multiAz: boolean;
    vcpu: number;
    instanceClass: { readonly vcpu: number };
  },
  calculation: string[],
): number {
  const { availability, intent } = context;
  let readers = 0;
  if (d.aurora && d.multiAz) readers = 1;
  if (availability.readReplicas) readers = Math.max(readers, availability.zoneCount - 1);
  // Readers for load: reads (80% of queries) beyond what the writer's class carries.
  const loadReaders = Math.min(15, Math.ceil((d.vcpu * READ_SHARE) / d.instanceClass.vcpu) - 1);
  if (d.aurora && loadReaders > readers) {
    calculation.push(
      `read load: ${round(d.vcpu)} vCPU x ${READ_SHARE * 100}% reads / ${d.instanceClass.vcpu} vCPU per reader = ${loadReaders + 1} instances' worth -> ${loadReaders} reader${loadReaders === 1 ? "" : "s"} (at most 15)`,
    );
    readers = loadReaders;
  }
  calculation.push(
    d.aurora
      ? `instances: 1 writer + ${readers} reader${readers === 1 ? "" : "s"}${readers > 0 ? ` in the other AZs (${d.multiAz ? "Multi-AZ" : ""}${availability.readReplicas ? `, ${intent.availability} adds one per AZ` : ""})` : ""}`
      : `Multi-AZ standby: ${d.multiAz ? "yes" : "no"} (${intent.environment}, availability ${intent.availability}); read replicas: ${readers}`,
  );
  return readers;
}

function crossRegionOf(
  context: CompileContext,
  aurora: boolean,
  calculation: string[],
  pointers: string[],
): DatabaseDesign["crossRegion"] {
  if (context.servingRegions.length > 0) {
    calculation.push(
      `regions ${context.servingRegions.join(", ")}: a secondary cluster of the global database in each`,
    );
    pointers.push("/regions");
    return "global-cluster";
  }
  if (!replicatesCrossRegion(context) || context.drRegion === undefined) return "none";
  calculation.push(
    Number(context.intent.availability) >= 99.999
      ? `availability 99.999: warm standby database in ${context.drRegion}`
      : context.intent.disasterRecovery.rpoMinutes < BACKUP_INTERVAL_MINUTES
        ? `rpoMinutes ${context.intent.disasterRecovery.rpoMinutes} < ${BACKUP_INTERVAL_MINUTES} (daily backup copies): continuous replication to ${context.drRegion}`
        : `rtoMinutes ${context.intent.disasterRecovery.rtoMinutes}: ${context.recovery.builds} replicates the database to ${context.drRegion}`,
  );
  pointers.push("/disasterRecovery/rpoMinutes", ...context.drPointers);
  return aurora ? "global-cluster" : "read-replica";
}

function resolveVersion(engine: DatabaseEngine, requested: string | undefined): string {
  if (requested === undefined) return DEFAULT_VERSION[engine];
  return VERSION_BY_MAJOR[engine][requested] ?? requested;
}

export function parameterFamily(engine: DatabaseEngine, version: string): string {
  if (engine === "aurora-mysql") return "aurora-mysql8.0";
  if (engine === "mysql") return version.startsWith("8.4") ? "mysql8.4" : "mysql8.0";
  const major = version.split(".")[0];
  return `${engine}${major}`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
