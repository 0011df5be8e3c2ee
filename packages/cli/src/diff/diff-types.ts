/** One changed value inside a resource, named by a JSON path such as `$.props.memorySize`. */
export interface PropertyChange {
  readonly path: string;
  /** Absent when the value was added. */
  readonly before?: unknown;
  /** Absent when the value was removed. */
  readonly after?: unknown;
}

/** A resource (graph node) that appears, disappears or changes, by its stable node id. */
export interface ResourceChange {
  readonly id: string;
  readonly kind: string;
  readonly tier?: string;
  readonly change: "added" | "removed" | "changed";
  /** For `changed`: every changed value, in path order. */
  readonly properties: readonly PropertyChange[];
}

/** Monthly cost of one line (total, a tier or a service), in integer micro-dollars. */
export interface CostLine {
  readonly name: string;
  readonly beforeMicros: number;
  readonly afterMicros: number;
  readonly deltaMicros: number;
}

export interface CostDiff {
  readonly currency: string;
  readonly total: CostLine;
  /** Change in percent of the base total; null when the base cost nothing. */
  readonly deltaPercent: number | null;
  /** Both estimates cover every part (no unpriced resources). */
  readonly complete: { readonly before: boolean; readonly after: boolean };
  readonly budget: {
    readonly limitUsd: number | null;
    readonly before: string | null;
    readonly after: string | null;
  };
  /** Lines whose cost changed, largest change first (ties by name). */
  readonly byTier: readonly CostLine[];
  readonly byService: readonly CostLine[];
}

/** A policy finding, identified by rule id and resource. */
export interface FindingRef {
  readonly ruleId: string;
  readonly resourceId: string | null;
  readonly severity: string;
  readonly title: string;
  readonly message: string;
  /** Where it points in the head (new) or base (resolved) intent, when known. */
  readonly line?: number;
  readonly column?: number;
}

export interface WaiverRef {
  readonly rule: string;
  readonly resource?: string;
  readonly reason: string;
  readonly expires?: string;
}

/** The difference between two plans of one application. */
export interface PlanDiff {
  readonly base: { readonly label: string; readonly name: string; readonly environment: string };
  readonly head: { readonly label: string; readonly name: string; readonly environment: string };
  readonly resources: {
    readonly added: readonly ResourceChange[];
    readonly removed: readonly ResourceChange[];
    readonly changed: readonly ResourceChange[];
    readonly unchanged: number;
  };
  readonly cost: CostDiff;
  readonly findings: {
    readonly new: readonly FindingRef[];
    readonly resolved: readonly FindingRef[];
    /** Open in both plans. */
    readonly unchanged: number;
    /** Open in the head plan, by severity. */
    readonly open: Readonly<Record<string, number>>;
  };
  readonly waivers: {
    readonly added: readonly WaiverRef[];
    readonly removed: readonly WaiverRef[];
    /** In the head intent with an expiry date before today: its findings are reported again. */
    readonly expired: readonly WaiverRef[];
  };
  /** Nothing differs: no resource, cost, finding or waiver change. */
  readonly empty: boolean;
}
