/**
 * Database instance classes IDIO chooses from, smallest first (AWS RDS and
 * Aurora instance class tables; Graviton generations only, which are 10-20%
 * cheaper than Intel for the same size). Burstable `t4g` classes run out of
 * CPU credits under sustained load, so they are offered only outside
 * production.
 */
export interface DatabaseInstanceClass {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly burstable: boolean;
}

const klass = (name: string, vcpu: number, memoryGib: number): DatabaseInstanceClass => ({
  name,
  vcpu,
  memoryGib,
  burstable: name.startsWith("db.t"),
});

/** RDS for PostgreSQL and MySQL. */
export const RDS_INSTANCE_CLASSES: readonly DatabaseInstanceClass[] = [
  klass("db.t4g.micro", 2, 1),
  klass("db.t4g.small", 2, 2),
  klass("db.t4g.medium", 2, 4),
  klass("db.t4g.large", 2, 8),
  klass("db.m7g.large", 2, 8),
  klass("db.r7g.large", 2, 16),
  klass("db.m7g.xlarge", 4, 16),
  klass("db.r7g.xlarge", 4, 32),
  klass("db.m7g.2xlarge", 8, 32),
  klass("db.r7g.2xlarge", 8, 64),
  klass("db.m7g.4xlarge", 16, 64),
  klass("db.r7g.4xlarge", 16, 128),
  klass("db.m7g.8xlarge", 32, 128),
  klass("db.r7g.8xlarge", 32, 256),
  klass("db.r7g.12xlarge", 48, 384),
  klass("db.r7g.16xlarge", 64, 512),
];

/** Aurora PostgreSQL and MySQL (no m-family; global databases need r-family). */
export const AURORA_INSTANCE_CLASSES: readonly DatabaseInstanceClass[] = [
  klass("db.t4g.medium", 2, 4),
  klass("db.t4g.large", 2, 8),
  klass("db.r7g.large", 2, 16),
  klass("db.r7g.xlarge", 4, 32),
  klass("db.r7g.2xlarge", 8, 64),
  klass("db.r7g.4xlarge", 16, 128),
  klass("db.r7g.8xlarge", 32, 256),
  klass("db.r7g.12xlarge", 48, 384),
  klass("db.r7g.16xlarge", 64, 512),
];

/** The smallest class with enough vCPU and memory; the largest when nothing fits. */
export function databaseClassFor(
  classes: readonly DatabaseInstanceClass[],
  need: { vcpu: number; memoryGib: number; allowBurstable: boolean },
): DatabaseInstanceClass {
  const candidates = classes.filter((c) => need.allowBurstable || !c.burstable);
  const fit = candidates.find((c) => c.vcpu >= need.vcpu && c.memoryGib >= need.memoryGib);
  return fit ?? candidates[candidates.length - 1]!;
}
