import type { AWS_DEFAULT_QUOTAS } from "@idio-iac/core";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import type {
  ComplianceFramework,
  Diagnostic,
  IntentSource,
  Waiver,
} from "@idio-iac/intent-schema";

export type Severity = "critical" | "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

/** Framework controls a rule maps to, keyed by the intent's framework ids. */
export type Controls = Partial<Record<ComplianceFramework, readonly string[]>>;

/** A rule's documentation, from its Rego METADATA block. */
export interface RuleMetadata {
  /** Stable id, e.g. `IDIO-S3-001`. */
  readonly id: string;
  /** The Rego package under `idio.rules` that holds the rule. */
  readonly package: string;
  readonly title: string;
  readonly description: string;
  readonly rationale: string;
  /** Severity outside production; production raises it one level. */
  readonly severity: Severity;
  readonly fixable: boolean;
  /** Frameworks the rule belongs to; empty for a baseline rule that always applies. */
  readonly frameworks: readonly ComplianceFramework[];
  readonly controls: Controls;
  /** `builtin` or the file name of the user bundle the rule came from. */
  readonly source: string;
  /** Links to the documentation the rule rests on (METADATA `custom.docs`: a URL or a list). */
  readonly docs?: readonly string[];
  /**
   * A deployability rule (METADATA `custom.deploy`): `error` when AWS would refuse the plan (an
   * open finding stops it with IDIO524), `warning` for a default quota the plan may exceed.
   */
  readonly deploy?: "error" | "warning";
}

/** One JSON Patch operation, as fast-json-patch applies it. */
export interface PatchOperation {
  readonly op: "add" | "remove" | "replace";
  readonly path: string;
  readonly value?: unknown;
}

/** A violation exactly as a rule reports it (the bundle entrypoint contract). */
export interface RawViolation {
  readonly rule: string;
  /** Node id, or absent for a finding about the whole graph. */
  readonly resource?: string;
  readonly message: string;
  /** JSON Patch on the node (paths relative to the node: `/props/multiAz`). */
  readonly fix?: readonly PatchOperation[];
  /** The node `fix` applies to when it is not `resource` (a bucket's policy, a database's parameter group). */
  readonly fix_resource?: string;
  /** Whole nodes the fix adds to the graph. */
  readonly add_nodes?: readonly GraphNode[];
  /** JSON pointer of the intent field to change when the fix belongs in the intent. */
  readonly intent?: string;
}

/** A place in the intent file. */
export interface IntentLocation {
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

export interface Finding {
  readonly ruleId: string;
  readonly title: string;
  /** Severity for this environment (raised one level in production). */
  readonly severity: Severity;
  /** Node id, or null when the finding is about the whole plan. */
  readonly resourceId: string | null;
  readonly message: string;
  /** The intent field to change, when the fix belongs in the intent. */
  readonly intentField?: IntentLocation;
  /** Where the finding points in the intent file (the field, else the tier that made the node). */
  readonly location: IntentLocation;
  readonly controls: Controls;
  /** Whether auto-fix can repair this finding. */
  readonly fixable: boolean;
  readonly source: string;
  /** Present when a waiver accepts the finding. */
  readonly waiver?: { readonly reason: string; readonly expires?: string };
}

/** The evaluation context, from the intent and the caller's edge (the date). */
export interface PolicyContext {
  readonly environment: ResourceGraph["environment"];
  readonly compliance: readonly ComplianceFramework[];
  readonly availability: string;
  readonly security: {
    readonly encryptionAtRest: boolean;
    readonly encryptionInTransit: boolean;
    readonly networkIsolation: boolean;
    readonly wafEnabled: boolean;
  };
  readonly disasterRecovery: {
    readonly crossRegionReplication: boolean;
    readonly backupRetentionDays: number;
    readonly rpoMinutes: number;
    readonly rtoMinutes: number;
    readonly drRegion?: string;
  };
  /** Tags the intent asks for on every resource. */
  readonly tags: Readonly<Record<string, string>>;
  readonly waivers: readonly Waiver[];
  /** Today's date (YYYY-MM-DD), for waiver expiry: given by the caller, never read from a clock. */
  readonly today?: string;
  /** The intent source, to give findings YAML lines. */
  readonly source?: IntentSource;
  /**
   * The account's applied service quotas where they differ from AWS's defaults (the Service
   * Quotas console shows them), by AWS_DEFAULT_QUOTAS key; the quota rules compare with these.
   */
  readonly quotas?: Readonly<Partial<Record<QuotaName, number>>>;
}

/** A default quota the deployability rules check, e.g. `fargateOnDemandVcpu`. */
export type QuotaName = keyof typeof AWS_DEFAULT_QUOTAS;

/** Which controls of a listed framework the plan was checked against, and how they fared. */
export interface FrameworkCoverage {
  readonly framework: ComplianceFramework;
  readonly controls: readonly {
    readonly control: string;
    readonly rules: readonly string[];
    readonly status: "pass" | "fail" | "waived";
  }[];
  readonly passing: number;
  readonly failing: number;
  readonly waived: number;
  /**
   * Controls no rule can check because they concern the account or organisation (threat
   * detection, configuration recording, WAF logging, egress, SCPs), with what would check them.
   * Passing every mapped control says nothing about these.
   */
  readonly notChecked: readonly {
    readonly control: string;
    readonly topic: string;
    readonly checkedBy: string;
    readonly docs: string;
  }[];
}

export interface PolicyReport {
  /** Open findings (not waived), most severe first. */
  readonly findings: readonly Finding[];
  /** Findings accepted by a waiver. */
  readonly waived: readonly Finding[];
  /** Expired, unused or unknown waivers, and bundle problems. */
  readonly diagnostics: readonly Diagnostic[];
  readonly coverage: readonly FrameworkCoverage[];
  /** Ids of the rules that applied (baseline plus listed frameworks). */
  readonly rulesEvaluated: readonly string[];
}

export interface AppliedFix {
  readonly ruleId: string;
  readonly resourceId: string;
  /** JSON pointer inside the node (`/props/multiAz`), or `/nodes/<id>` for an added node. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
  /** The user bundle whose rule made the change; absent for the built-in rules. */
  readonly source?: string;
}
