/** Keys that would reach Object.prototype in a careless consumer; never valid in an intent. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);
