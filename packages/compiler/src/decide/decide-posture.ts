import {
  networkIsolationLevel,
  type ComplianceFramework,
  type Intent,
} from "@idio-iac/intent-schema";

/**
 * The security and retention posture: the intent's settings, tightened by
 * its compliance frameworks (a framework can only tighten, never loosen).
 */
export interface Posture {
  readonly kms: boolean;
  readonly tls: boolean;
  readonly isolateData: boolean;
  readonly waf: boolean;
  readonly trail: boolean;
  /** S3, CloudFront and load balancer access logs: production or any compliance framework. */
  readonly accessLogs: boolean;
  readonly logRetentionDays: number;
  readonly backupRetentionDays: number;
  /** Pointers that drove each choice, for reasons. */
  readonly pointers: {
    readonly kms: readonly string[];
    readonly waf: readonly string[];
    readonly trail: readonly string[];
    readonly accessLogs: readonly string[];
    readonly logRetention: readonly string[];
    readonly backupRetention: readonly string[];
  };
  readonly calculation: {
    readonly logRetention: readonly string[];
    readonly backupRetention: readonly string[];
  };
}

/** CloudWatch Logs accepts only these retention values. */
export const LOG_RETENTION_VALUES = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;

/** Minimum log retention per framework, in days. */
const LOG_RETENTION_BY_FRAMEWORK: Partial<Record<ComplianceFramework, number>> = {
  "pci-dss": 365, // PCI DSS 10.5.1: audit history for at least 12 months
  soc2: 365,
  "cis-aws": 365,
  "nist-800-53": 365,
  gdpr: 90,
  hipaa: 2192, // HIPAA 164.316(b)(2): documentation kept six years
};

/** Minimum backup retention per framework, in days. */
const BACKUP_RETENTION_BY_FRAMEWORK: Partial<Record<ComplianceFramework, number>> = {
  hipaa: 2190, // six years (45 CFR 164.316(b)(2))
};

export function roundUpRetention(days: number): number {
  return LOG_RETENTION_VALUES.find((value) => value >= days) ?? 3653;
}

export function decidePosture(intent: Intent): Posture {
  const compliance = intent.compliance;
  const complianceIndex = (framework: string) =>
    `/compliance/${compliance.indexOf(framework as ComplianceFramework)}`;
  const has = (framework: ComplianceFramework) => compliance.includes(framework);

  const kmsFrameworks = compliance.filter((f) => f !== "gdpr" || intent.security.encryptionAtRest);
  const kms = intent.security.encryptionAtRest || kmsFrameworks.length > 0;

  const log = logRetention(intent);
  const backup = backupRetention(intent);
  const waf = intent.security.wafEnabled || has("pci-dss");
  return {
    kms,
    tls: intent.security.encryptionInTransit || has("pci-dss") || has("hipaa"),
    // Every level but none (false) keeps data tiers off the internet; vpc-isolated builds what vpc does.
    isolateData: networkIsolationLevel(intent.security.networkIsolation) !== "none",
    waf,
    trail: compliance.length > 0,
    accessLogs: compliance.length > 0 || intent.environment === "production",
    logRetentionDays: log.days,
    backupRetentionDays: backup.days,
    pointers: {
      kms: ["/security/encryptionAtRest", ...kmsFrameworks.map(complianceIndex)],
      waf: [
        ...(intent.security.wafEnabled ? ["/security/wafEnabled"] : []),
        ...(has("pci-dss") ? [complianceIndex("pci-dss")] : []),
      ],
      trail: compliance.map(complianceIndex),
      accessLogs: ["/environment", ...compliance.map(complianceIndex)],
      logRetention: log.pointers,
      backupRetention: backup.pointers,
    },
    calculation: { logRetention: log.steps, backupRetention: backup.steps },
  };
}

/** The environment's default log retention, raised by compliance, rounded to a CloudWatch value. */
function logRetention(intent: Intent): Retention {
  const base =
    intent.environment === "production" ? 90 : intent.environment === "staging" ? 30 : 14;
  const log = raiseToFrameworks(
    {
      days: base,
      steps: [`${intent.environment} default: ${base} days`],
      pointers: ["/environment"],
    },
    LOG_RETENTION_BY_FRAMEWORK,
    intent.compliance,
    (framework, minimum) => `${framework} requires >= ${minimum} days`,
  );
  const rounded = roundUpRetention(log.days);
  log.steps.push(`log retention = ${rounded} days (nearest CloudWatch value >= ${log.days})`);
  log.days = rounded;
  return log;
}

/** The intent's backup retention, raised by compliance. */
function backupRetention(intent: Intent): Retention {
  const days = intent.disasterRecovery.backupRetentionDays;
  return raiseToFrameworks(
    {
      days,
      steps: [`disasterRecovery.backupRetentionDays = ${days}`],
      pointers: ["/disasterRecovery/backupRetentionDays"],
    },
    BACKUP_RETENTION_BY_FRAMEWORK,
    intent.compliance,
    (framework, minimum) => `${framework} requires >= ${minimum} days -> ${minimum}`,
  );
}

interface Retention {
  days: number;
  readonly steps: string[];
  readonly pointers: string[];
}

/** Raises `start` to each listed framework's minimum in turn, recording each step and its pointer. */
function raiseToFrameworks(
  start: Retention,
  minimums: Partial<Record<ComplianceFramework, number>>,
  compliance: readonly ComplianceFramework[],
  step: (framework: ComplianceFramework, minimum: number) => string,
): Retention {
  const result = start;
  for (const framework of compliance) {
    const minimum = minimums[framework];
    if (minimum === undefined || minimum <= result.days) continue;
    result.steps.push(step(framework, minimum));
    result.days = minimum;
    result.pointers.push(`/compliance/${compliance.indexOf(framework)}`);
  }
  return result;
}
