import type { Intent, IntentSource } from "@idio/intent-schema";
import type { ResourceGraph } from "@idio/graph";
import type { PolicyContext } from "./types.js";

/** The policy context of an intent. `today` (YYYY-MM-DD) comes from the caller's clock, never from here. */
export function policyContext(
  intent: Intent,
  options: { readonly today?: string; readonly source?: IntentSource } = {},
): PolicyContext {
  return {
    environment: intent.environment,
    compliance: intent.compliance,
    availability: intent.availability,
    security: intent.security,
    disasterRecovery: intent.disasterRecovery,
    tags: intent.tags,
    waivers: intent.policy.waivers,
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.source === undefined ? {} : { source: options.source }),
  };
}

/**
 * The document every bundle's `idio/findings` entrypoint receives: the graph
 * as the compiler made it, and the parts of the intent rules may read.
 */
export interface PolicyInput {
  readonly graph: ResourceGraph;
  readonly context: {
    readonly environment: PolicyContext["environment"];
    readonly compliance: PolicyContext["compliance"];
    readonly availability: string;
    readonly security: PolicyContext["security"];
    readonly disasterRecovery: PolicyContext["disasterRecovery"];
    readonly tags: PolicyContext["tags"];
  };
}

export function policyInput(graph: ResourceGraph, context: PolicyContext): PolicyInput {
  return {
    graph,
    context: {
      environment: context.environment,
      compliance: context.compliance,
      availability: context.availability,
      security: context.security,
      disasterRecovery: context.disasterRecovery,
      tags: context.tags,
    },
  };
}
