import type { StackName } from "./context.js";

/** Ties broken in this order: the edge stack holds what the others consume (certificates, ACLs). */
const PREFERENCE: readonly StackName[] = ["edge", "primary", "dr"];

export interface DeployOrder {
  /** The stacks in the order of their first deploy. */
  readonly order: readonly StackName[];
  /** `from->to` pairs whose values flow against that order: deferred to a second deploy of `to`. */
  readonly deferred: ReadonlySet<string>;
}

/**
 * A first-deploy order for stacks that pass values to each other. A stack
 * goes when every stack it needs a value from has gone; when none can (the
 * primary and DR stacks each need the other's: a replica needs its source,
 * the source's backup copies need the replica's vault), the primary goes
 * first, since the DR region's replicas are copies of it, and the values it
 * needs from later stacks are deferred: their parameters default to empty and
 * what uses them is off (a condition) until the primary is deployed again.
 * A stack of an extra serving region (named by its code) always follows the
 * primary's, in the order the caller lists them.
 */
export function deployOrder(
  stacks: readonly StackName[],
  edges: readonly { readonly from: StackName; readonly to: StackName }[],
): DeployOrder {
  // Extra serving regions' stacks after the named ones, in the order given (the intent's).
  const remaining = [
    ...PREFERENCE.filter((stack) => stacks.includes(stack)),
    ...stacks.filter((stack) => !PREFERENCE.includes(stack)),
  ];
  const order: StackName[] = [];
  const deferred = new Set<string>();
  const needs = (stack: StackName) =>
    edges.filter(
      (edge) => edge.to === stack && edge.from !== stack && remaining.includes(edge.from),
    );
  // An extra serving region runs a copy of the primary's tiers: it goes after the primary,
  // and what the primary needs from it (a routing record's target) comes on a second deploy.
  const waits = (stack: StackName) => !PREFERENCE.includes(stack) && remaining.includes("primary");
  while (remaining.length > 0) {
    const ready = remaining.find((stack) => needs(stack).length === 0 && !waits(stack));
    const next = ready ?? (remaining.includes("primary") ? "primary" : remaining[0]!);
    for (const edge of needs(next)) deferred.add(`${edge.from}->${edge.to}`);
    remaining.splice(remaining.indexOf(next), 1);
    order.push(next);
  }
  return { order, deferred };
}
