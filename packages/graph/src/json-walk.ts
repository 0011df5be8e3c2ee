/**
 * The one walk over JSON-like values (nested arrays and plain objects) that
 * every package uses to rebuild or inspect props, templates, plans and
 * reports, so each caller says only what differs: which values it replaces,
 * which keys it drops, in what order keys come out.
 */

/** Returned by `RebuildOptions.replace` to rebuild the value as usual instead. */
export const DESCEND: unique symbol = Symbol("descend");

export interface RebuildOptions {
  /**
   * A replacement for `value` (found under object key `key`, or in an array),
   * used whole without descending; `DESCEND` to rebuild it as usual. Called
   * for every value, scalars included.
   */
  readonly replace?: (value: unknown, key: string | undefined) => unknown;
  /** Whether an object entry stays (default: every entry). */
  readonly keep?: (key: string, value: unknown) => boolean;
  /** Key order of rebuilt objects (default: the order found). */
  readonly order?: (a: string, b: string) => number;
}

/** A copy of `value` with every array and plain object rebuilt as `options` say. */
export function rebuildJson(value: unknown, options: RebuildOptions): unknown {
  const { replace, keep, order } = options;
  const walk = (item: unknown, key: string | undefined): unknown => {
    if (replace) {
      const replaced = replace(item, key);
      if (replaced !== DESCEND) return replaced;
    }
    if (typeof item !== "object" || item === null) return item;
    if (Array.isArray(item)) return item.map((child) => walk(child, undefined));
    const record = item as Record<string, unknown>;
    const keys = Object.keys(record);
    if (order) keys.sort(order);
    const out: Record<string, unknown> = {};
    for (const name of keys) {
      const child = record[name];
      if (keep === undefined || keep(name, child)) out[name] = walk(child, name);
    }
    return out;
  };
  return walk(value, undefined);
}

/** Code-unit string order: the same on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value with object keys sorted (code-unit order) at every level; array order is kept. */
export function sortKeysDeep<T>(value: T, keep?: (key: string, value: unknown) => boolean): T {
  return rebuildJson(value, keep ? { order: byCodeUnit, keep } : { order: byCodeUnit }) as T;
}

/**
 * Calls `visit` for `value` and everything inside it, depth first in document
 * order, with the path of keys and indexes that leads there (one array,
 * reused: copy it to keep it) and the array or object holding it. Returning
 * `false` skips what lies inside that value.
 */
export function visitJson(
  value: unknown,
  visit: (value: unknown, path: readonly (string | number)[], parent: unknown) => boolean | void,
): void {
  const path: (string | number)[] = [];
  const walk = (item: unknown, parent: unknown): void => {
    if (visit(item, path, parent) === false) return;
    if (typeof item !== "object" || item === null) return;
    if (Array.isArray(item)) {
      for (let index = 0; index < item.length; index++) {
        path.push(index);
        walk(item[index], item);
        path.pop();
      }
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      path.push(key);
      walk(record[key], record);
      path.pop();
    }
  };
  walk(value, undefined);
}
