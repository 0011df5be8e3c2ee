/**
 * Bounds on what the parser accepts, so that a hostile or broken document
 * costs a diagnostic, never a crash, a hang or gigabytes of memory. A real
 * intent is a few kilobytes and five levels deep.
 */
export const INTENT_LIMITS = {
  /** Largest document accepted, in bytes (or characters for string input). */
  maxBytes: 2 * 1024 * 1024,
  /** Deepest nesting of mappings and lists. */
  maxDepth: 64,
  /** Most alias expansions (yaml's own measure, which weighs each by its size). */
  maxAliasCount: 100,
} as const;
