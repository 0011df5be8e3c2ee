import {
  EC2_GRAVITON_TYPES,
  THROUGHPUT,
  ec2TypeFor,
  relativePrice,
  fargateTaskSizeFor,
  type Ec2InstanceType,
  type FargateTaskSize,
} from "@idio-iac/core";
import type { ResolvedTier } from "../context/resolve-tiers.js";

/** How many copies of a tier run, and why. */
export interface CapacityPlan {
  readonly min: number;
  readonly max: number;
  readonly desired: number;
  readonly targetCpuPercent: number;
  readonly calculation: readonly string[];
  readonly pointers: readonly string[];
}

export interface FargateSizing extends CapacityPlan {
  readonly task: FargateTaskSize;
  /** The intent asked for a size that is not a valid Fargate pair. */
  readonly adjusted: boolean;
}

export interface Ec2Sizing extends CapacityPlan {
  readonly instanceType: Ec2InstanceType;
}

/** Default task size per tier type: web pages are light, APIs and workers do more per request. */
const DEFAULT_TASK = {
  web: { vcpu: 0.5, memoryMb: 1024 },
  api: { vcpu: 1, memoryMb: 2048 },
  worker: { vcpu: 1, memoryMb: 2048 },
  function: { vcpu: 1, memoryMb: 2048 },
} as const;

type ComputeType = keyof typeof DEFAULT_TASK;

export function sizeFargate(
  t: ResolvedTier,
  zoneCount: number,
  production: boolean,
): FargateSizing {
  const base = DEFAULT_TASK[t.type as ComputeType] ?? DEFAULT_TASK.api;
  const wantVcpu = t.tier.cpu ?? base.vcpu;
  const wantMemory = t.tier.memoryMb ?? Math.max(base.memoryMb, Math.round(wantVcpu * 2048));
  const task = fargateTaskSizeFor(wantVcpu, wantMemory);
  const adjusted =
    (t.tier.cpu !== undefined && task.vcpu !== t.tier.cpu) ||
    (t.tier.memoryMb !== undefined && task.memory !== t.tier.memoryMb);
  const calculation = [
    t.tier.cpu !== undefined || t.tier.memoryMb !== undefined
      ? `requested ${wantVcpu} vCPU / ${wantMemory} MiB -> smallest valid Fargate size ${task.vcpu} vCPU / ${task.memory} MiB`
      : `${t.type} default ${base.vcpu} vCPU / ${base.memoryMb} MiB -> Fargate size ${task.vcpu} vCPU / ${task.memory} MiB`,
  ];
  const capacity = planCapacity(t, task.vcpu, zoneCount, production, "task");
  return { ...capacity, task, adjusted, calculation: [...calculation, ...capacity.calculation] };
}

/**
 * The Intel type of the same shape as a Graviton one (t4g -> t3, m7g -> m7i):
 * an instance runs the tier's container image, whose architecture is the
 * user's (x86_64 unless the intent says arm64).
 */
const X86_FAMILY: Readonly<Record<string, string>> = { t4g: "t3", m7g: "m7i" };

function forArchitecture(type: Ec2InstanceType, arm64: boolean): Ec2InstanceType {
  if (arm64) return type;
  const [family, size] = type.name.split(".");
  return { ...type, name: `${X86_FAMILY[family!] ?? family}.${size}` };
}

/**
 * `budgetUsd` (cost.monthlyBudgetUsd): a small load with no
 * explicit cpu or memoryMb runs on burstable t4g.small (t3.small on x86_64)
 * instead of the general-purpose class (docs/compiler.md, "Budget fitting").
 */
export function sizeEc2(
  t: ResolvedTier,
  zoneCount: number,
  production: boolean,
  budgetUsd?: number,
): Ec2Sizing {
  const wantVcpu = Math.max(2, t.tier.cpu ?? 2);
  const wantMemoryGib = (t.tier.memoryMb ?? wantVcpu * 4096) / 1024;
  const arm64 = t.tier.architecture === "arm64";
  const standard = forArchitecture(
    ec2TypeFor({ vcpu: wantVcpu, memoryGib: wantMemoryGib, allowBurstable: !production }),
    arm64,
  );
  const smallest = forArchitecture(
    EC2_GRAVITON_TYPES.find((type) => type.name === "t4g.small")!,
    arm64,
  );
  const budgetType =
    budgetUsd !== undefined && smallEc2Load(t) && standard.name !== smallest.name
      ? smallest
      : undefined;
  const instanceType = budgetType ?? standard;
  const capacity = planCapacity(t, instanceType.vcpu, zoneCount, production, "instance");
  const budgetStep =
    budgetType === undefined
      ? []
      : [
          `budget $${budgetUsd}/month (cost.monthlyBudgetUsd): burstable ${budgetType.name} (${budgetType.vcpu} vCPU, ${budgetType.memoryGib} GiB) instead of ${standard.name} for a small load${savingText(budgetType.name, standard.name, capacity.min)}; it earns CPU credits below its baseline and bursts (unlimited mode) above it`,
        ];
  return {
    ...capacity,
    instanceType,
    pointers:
      budgetType === undefined
        ? capacity.pointers
        : [...capacity.pointers, "/cost/monthlyBudgetUsd"],
    calculation: [
      `needs ${wantVcpu} vCPU / ${wantMemoryGib} GiB per instance -> ${standard.name} (${standard.vcpu} vCPU, ${standard.memoryGib} GiB, ${arm64 ? "Graviton" : "x86_64"})${production ? `; burstable ${arm64 ? "t4g" : "t3"} excluded in production` : ""}`,
      ...budgetStep,
      ...capacity.calculation,
    ],
  };
}

/**
 * Small: no explicit size, and the average load (expectedRps x average-to-peak)
 * needs at most 2 vCPUs in all; without expectedRps the load is unknown and
 * taken as small (IDIO426 says so when scaling is absent too).
 */
function smallEc2Load(t: ResolvedTier): boolean {
  if (t.tier.cpu !== undefined || t.tier.memoryMb !== undefined) return false;
  const rps = t.tier.expectedRps ?? 0;
  const averageVcpu =
    (rps * THROUGHPUT.averageToPeak[t.tier.trafficPattern]) / THROUGHPUT.requestsPerVcpu;
  return averageVcpu <= 2;
}

function savingText(chosen: string, instead: string, copies: number): string {
  const ratio = relativePrice(chosen, instead);
  if (ratio === undefined) return "";
  return `: ${chosen} costs ${ratio} x ${instead} per hour, so ${copies} instance${copies === 1 ? " saves" : "s save"} ${Math.round((1 - ratio) * 100)}% of ${copies === 1 ? "its" : "their"} hours (1 - ${ratio})`;
}

/**
 * Copies from load: each copy serves vCPU x requestsPerVcpu x target CPU.
 * `scaling` in the intent wins; otherwise min covers the typical peak (and
 * one copy per AZ in production), max adds the traffic pattern's burst.
 */
function planCapacity(
  t: ResolvedTier,
  vcpuPerCopy: number,
  zoneCount: number,
  production: boolean,
  unit: string,
): CapacityPlan {
  const pattern = t.tier.trafficPattern;
  const targetCpuPercent = THROUGHPUT.targetCpuPercent[pattern];
  const perCopy = vcpuPerCopy * THROUGHPUT.requestsPerVcpu * (targetCpuPercent / 100);
  const rps = t.tier.expectedRps;
  const needed = rps !== undefined ? Math.max(1, Math.ceil(rps / perCopy)) : undefined;
  // The floor serves the average hour; autoscaling adds copies for the peak (up to max).
  const averageShare = THROUGHPUT.averageToPeak[pattern];
  const averageRps = rps !== undefined ? rps * averageShare : undefined;
  const neededOnAverage =
    averageRps !== undefined ? Math.max(1, Math.ceil(averageRps / perCopy)) : undefined;
  const calculation: string[] = [
    `per ${unit}: ${vcpuPerCopy} vCPU x ${THROUGHPUT.requestsPerVcpu} req/s per vCPU x ${targetCpuPercent}% target CPU (${pattern}) = ${round(perCopy)} req/s`,
  ];
  if (needed !== undefined && averageRps !== undefined) {
    calculation.push(
      `${rps} req/s / ${round(perCopy)} req/s per ${unit} = ${needed} ${unit}s at peak`,
      `average ${rps} x ${averageShare} (${pattern} average-to-peak) = ${round(averageRps)} req/s / ${round(perCopy)} = ${neededOnAverage} ${unit}s on an average hour`,
    );
  }
  const pointers = [`${t.pointer}/trafficPattern`];
  if (rps !== undefined) pointers.push(`${t.pointer}/expectedRps`);
  const scaling = t.tier.scaling;
  if (scaling !== undefined) {
    pointers.push(`${t.pointer}/scaling/min`, `${t.pointer}/scaling/max`);
    const desired = clamp(needed ?? scaling.min, scaling.min, scaling.max);
    calculation.push(
      `scaling ${scaling.min}-${scaling.max} from the intent; desired = clamp(${needed ?? scaling.min}, ${scaling.min}, ${scaling.max}) = ${desired}`,
    );
    return { min: scaling.min, max: scaling.max, desired, targetCpuPercent, calculation, pointers };
  }
  const floor = production ? zoneCount : 1;
  const min = Math.max(neededOnAverage ?? floor, floor);
  const peak = Math.max(needed ?? floor, floor);
  const burst = THROUGHPUT.burstFactor[pattern];
  const max = Math.max(peak * burst, min + 1);
  calculation.push(
    `min = max(${neededOnAverage ?? "-"} for the average hour, ${floor}${production ? " = one per AZ in production" : ""}) = ${min}`,
    `max = ${peak}${needed !== undefined ? " at peak" : ""} x ${burst} (${pattern} burst) = ${max}`,
  );
  return { min, max, desired: min, targetCpuPercent, calculation, pointers };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Share of the primary's minimum a warm standby keeps running. */
export const WARM_STANDBY_SHARE = 0.25;

/**
 * The DR region's copy of a tier, `share` of the primary's minimum
 * (decide-recovery.ts's standbyShare). A warm standby runs a quarter of it (at
 * least one copy, capped by that minimum); a pilot light (share 0) keeps the
 * tier at zero, switched off until failover. Either may scale to the
 * primary's maximum once traffic fails over.
 */
export function standbyCapacity(
  primary: CapacityPlan,
  share: number,
  drRegion: string,
): Pick<CapacityPlan, "min" | "max" | "desired" | "calculation"> {
  const min = share === 0 ? 0 : Math.max(1, Math.ceil(primary.min * share));
  const max = Math.max(primary.max, min);
  const step =
    share === 0
      ? `pilot light in ${drRegion}: 0 running (present, switched off); failover starts the primary's ${primary.desired} (minimum ${primary.min}), up to ${max}`
      : `warm standby in ${drRegion}: ceil(${primary.min} x ${share * 100}%) = ${min} running, up to ${max} on failover`;
  return { min, max, desired: min, calculation: [...primary.calculation, step] };
}
