/**
 * Valid Fargate task sizes (AWS ECS developer guide, "Task CPU and memory"):
 * each CPU value allows only some memory values. The compiler picks the
 * smallest row that satisfies what a tier needs, so a size is never invalid.
 */
export interface FargateTaskSize {
  /** CPU units: 1024 = 1 vCPU. */
  readonly cpu: number;
  readonly vcpu: number;
  /** Memory in MiB. */
  readonly memory: number;
}

const MEMORY_BY_CPU: readonly (readonly [cpu: number, memoryGib: readonly number[]])[] = [
  [256, [0.5, 1, 2]],
  [512, [1, 2, 3, 4]],
  [1024, [2, 3, 4, 5, 6, 7, 8]],
  [2048, [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]],
  [
    4096,
    [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30],
  ],
  [8192, [16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60]],
  [16384, [32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120]],
];

/** Every valid (cpu, memory) pair, smallest first. */
export const FARGATE_TASK_SIZES: readonly FargateTaskSize[] = MEMORY_BY_CPU.flatMap(
  ([cpu, memories]) =>
    memories.map((gib) => ({ cpu, vcpu: cpu / 1024, memory: Math.round(gib * 1024) })),
);

/** The smallest valid task size with at least `vcpu` vCPUs and `memoryMb` MiB. */
export function fargateTaskSizeFor(vcpu: number, memoryMb: number): FargateTaskSize {
  const fit = FARGATE_TASK_SIZES.find((size) => size.vcpu >= vcpu && size.memory >= memoryMb);
  return fit ?? FARGATE_TASK_SIZES[FARGATE_TASK_SIZES.length - 1]!;
}
