import { networkIsolationLevel, type Intent, type IntentSource } from "@idio-iac/intent-schema";
import type { ResourceGraph } from "@idio-iac/graph";
import { deployLimits, type DeployLimits } from "./deploy-limits.js";
import { graphIndex, type GraphIndex } from "./graph-index.js";
import type { PolicyContext } from "./types.js";

/**
 * The policy context of an intent. `today` (YYYY-MM-DD) comes from the caller's clock, never from
 * here. Quotas are the intent's `policy.quotas` merged with `options.quotas` (which win).
 */
export function policyContext(
  intent: Intent,
  options: {
    readonly today?: string;
    readonly source?: IntentSource;
    readonly quotas?: PolicyContext["quotas"];
  } = {},
): PolicyContext {
  return {
    environment: intent.environment,
    compliance: intent.compliance,
    availability: intent.availability,
    // Rules read a boolean: data kept off the internet (every level but none).
    security: {
      ...intent.security,
      networkIsolation: networkIsolationLevel(intent.security.networkIsolation) !== "none",
    },
    disasterRecovery: intent.disasterRecovery,
    tags: intent.tags,
    waivers: intent.policy.waivers,
    ...(options.today === undefined ? {} : { today: options.today }),
    ...(options.source === undefined ? {} : { source: options.source }),
    ...quotasOf(intent, options.quotas),
  };
}

/** The intent's `policy.quotas`, with the caller's values (an account lookup, say) winning per quota. */
function quotasOf(
  intent: Intent,
  given: PolicyContext["quotas"],
): { quotas?: NonNullable<PolicyContext["quotas"]> } {
  const quotas = { ...intent.policy.quotas, ...given };
  return Object.keys(quotas).length === 0 ? {} : { quotas };
}

/**
 * The document every bundle's `idio/findings` entrypoint receives: the graph
 * as the compiler made it, the parts of the intent rules may read, AWS's
 * limits and default quotas (`limits`), and an
 * index of the graph (OPA's wasm target does not memoise, so rules look
 * nodes up through it instead of scanning the graph inside a loop).
 */
export interface PolicyInput {
  readonly graph: ResourceGraph;
  readonly index: GraphIndex;
  /** AWS limits and default quotas the deployability rules compare the graph with. */
  readonly limits: DeployLimits;
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
    // Reasons keep only their pointers: the prose is for people, and the input is parsed
    // inside the wasm on every evaluation (a third of its size otherwise).
    graph: {
      ...graph,
      nodes: graph.nodes.map((node) => ({
        ...node,
        reason: { summary: "", pointers: node.reason.pointers, calculation: [] },
      })),
    },
    index: graphIndex(graph),
    limits: deployLimits(context.quotas),
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
