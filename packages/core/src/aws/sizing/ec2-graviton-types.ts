/**
 * EC2 Graviton instance types for Auto Scaling groups, smallest first. m7g
 * is the general-purpose default (4 GiB per vCPU); IDIO prefers fewer,
 * larger instances only when a tier needs more per-copy CPU than a
 * `large` offers.
 */
export interface Ec2InstanceType {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
}

export const EC2_GRAVITON_TYPES: readonly Ec2InstanceType[] = [
  { name: "t4g.small", vcpu: 2, memoryGib: 2 },
  { name: "t4g.medium", vcpu: 2, memoryGib: 4 },
  { name: "m7g.large", vcpu: 2, memoryGib: 8 },
  { name: "m7g.xlarge", vcpu: 4, memoryGib: 16 },
  { name: "m7g.2xlarge", vcpu: 8, memoryGib: 32 },
  { name: "m7g.4xlarge", vcpu: 16, memoryGib: 64 },
  { name: "m7g.8xlarge", vcpu: 32, memoryGib: 128 },
];

/** The smallest non-burstable (in production) type with the vCPU and memory asked for. */
export function ec2TypeFor(need: {
  vcpu: number;
  memoryGib: number;
  allowBurstable: boolean;
}): Ec2InstanceType {
  const candidates = EC2_GRAVITON_TYPES.filter(
    (t) => need.allowBurstable || !t.name.startsWith("t"),
  );
  return (
    candidates.find((t) => t.vcpu >= need.vcpu && t.memoryGib >= need.memoryGib) ??
    candidates[candidates.length - 1]!
  );
}
