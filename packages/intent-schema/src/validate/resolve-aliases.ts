import { networkIsolationLevel } from "../schema/network-isolation.js";
import { asRecord, type LooseRecord } from "./loose.js";

/**
 * Values with more than one spelling resolve to one, so the resolved intent
 * (and every consumer of it) sees a single form: `networkIsolation: true` is
 * `vpc`, `false` is `none`. Runs after the checks, which quote what the user wrote.
 */
export function resolveAliases(document: LooseRecord): void {
  const security = asRecord(document.security);
  if (security === undefined) return;
  const level = networkIsolationLevel(security.networkIsolation);
  if (level !== undefined) security.networkIsolation = level;
}
