import { nodeById, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import type { PolicyBundle } from "./bundle/policy-bundle.js";
import { locate, nodePointer } from "./locate.js";
import { severityFor } from "./severity.js";
import type {
  IntentLocation,
  PolicyContext,
  RawViolation,
  RuleMetadata,
  Severity,
} from "./types.js";
import type { EvaluatedFinding } from "./evaluate-policies.js";

/** Baseline rules always apply; a framework rule when the intent lists one of its frameworks. */
export function ruleApplies(rule: RuleMetadata, context: PolicyContext): boolean {
  return (
    rule.frameworks.length === 0 ||
    rule.frameworks.some((framework) => context.compliance.includes(framework))
  );
}

export interface FindingMaker {
  /**
   * Appends a finding for each violation of a rule that applies and that `rules` holds as the
   * bundle's; returns the rule packages that reported violations without METADATA.
   */
  add(
    bundle: PolicyBundle,
    violations: readonly RawViolation[],
    into: EvaluatedFinding[],
  ): Set<string>;
}

/**
 * Turns violations into findings. A report at 5,000 nodes holds thousands of findings of a few
 * rules on a few thousand resources, so what depends only on the rule (whether it applies, its
 * severity) or only on the resource (the intent field behind it) is worked out once.
 */
export function findingMaker(
  graph: ResourceGraph,
  context: PolicyContext,
  rules: ReadonlyMap<string, RuleMetadata>,
): FindingMaker {
  const severities = new Map<RuleMetadata, Severity | null>();
  const severityOf = (rule: RuleMetadata): Severity | null => {
    let severity = severities.get(rule);
    if (severity === undefined) {
      const owned = rules.get(rule.id) === rule && ruleApplies(rule, context);
      severity = owned ? severityFor(rule.severity, context.environment) : null;
      severities.set(rule, severity);
    }
    return severity;
  };
  let nodes: ReadonlyMap<string, GraphNode> | undefined;
  const pointers = new Map<string, string>();
  const pointerOf = (resourceId: string): string => {
    let pointer = pointers.get(resourceId);
    if (pointer === undefined) {
      nodes ??= nodeById(graph);
      pointer = nodePointer(resourceId ? nodes.get(resourceId) : undefined);
      pointers.set(resourceId, pointer);
    }
    return pointer;
  };
  return {
    add(bundle, violations, into) {
      const undocumented = new Set<string>();
      for (const violation of violations) {
        const rule = bundle.rules.get(violation.rule);
        if (!rule) undocumented.add(violation.rule);
        const severity = rule ? severityOf(rule) : null;
        if (!rule || severity === null) continue;
        const resourceId = violation.resource ?? null;
        const intentField: IntentLocation | undefined = violation.intent
          ? locate(context.source, violation.intent)
          : undefined;
        into.push({
          violation,
          finding: {
            ruleId: rule.id,
            title: rule.title,
            severity,
            resourceId,
            message: violation.message,
            ...(intentField ? { intentField } : {}),
            location: intentField ?? locate(context.source, pointerOf(resourceId ?? "")),
            controls: rule.controls,
            fixable: Boolean(violation.fix?.length || violation.add_nodes?.length),
            source: rule.source,
          },
        });
      }
      return undocumented;
    },
  };
}
