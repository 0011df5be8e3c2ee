import { builtinBundle } from "./bundle/builtin-bundle.js";
import type { PolicyBundle } from "./bundle/policy-bundle.js";
import { byString } from "./compare.js";
import type { RuleMetadata } from "./types.js";

/** Every built-in rule's metadata, sorted by id. */
export function builtinRules(): RuleMetadata[] {
  return [...builtinBundle().rules.values()].sort((a, b) => byString(a.id, b.id));
}

/** A rule by id (case-insensitive) among the built-in rules and the given bundles. */
export function findRule(
  id: string,
  bundles: readonly PolicyBundle[] = [],
): RuleMetadata | undefined {
  const wanted = id.toUpperCase();
  for (const bundle of [builtinBundle(), ...bundles]) {
    for (const rule of bundle.rules.values()) if (rule.id === wanted) return rule;
  }
  return undefined;
}
