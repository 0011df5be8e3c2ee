/** Keys that reach an object's prototype when assigned (`obj[key] = …`): never in a fix. */
const PROTOTYPE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The first segment of a JSON pointer that names a prototype key, after ~1/~0 unescaping. */
export function prototypeSegment(pointer: string): string | undefined {
  return pointer
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"))
    .find((segment) => PROTOTYPE_KEYS.has(segment));
}

/** The first prototype key anywhere inside a fix value or added node (own keys, recursively). */
export function prototypeKeyInside(value: unknown, seen = new Set<unknown>()): string | undefined {
  if (typeof value !== "object" || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return key;
    const inner = prototypeKeyInside((value as Record<string, unknown>)[key], seen);
    if (inner) return inner;
  }
  return undefined;
}

/** A user bundle may only change a node's props and tags: never its id, kind, tier or dependencies. */
export function userFixPathAllowed(pointer: string): boolean {
  return /^\/(props|tags)\/./.test(pointer);
}
