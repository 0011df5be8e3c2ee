// The public boundary of each package: every exported function is wrapped
// once, in its package's index.ts, so its arguments are checked on entry and
// an error caused by a hostile argument leaves as an IdioArgumentError.
import {
  expectFunction,
  expectString,
  expectStringArray,
  IdioArgumentError,
} from "./argument-error.js";

/**
 * Checks the arguments on entry; throws IdioArgumentError. Cheap: types and
 * required shapes, not a deep validation of a whole graph or intent.
 */
export type ArgumentCheck = (...args: unknown[]) => void;

/**
 * Called only after the function failed with another error: a deeper look at
 * the arguments (e.g. the intent schema). Returns what is wrong with them,
 * or undefined when they look valid — then the error is IDIO's own bug.
 */
export type ArgumentDiagnosis = (args: readonly unknown[]) => IdioArgumentError | undefined;

/** How far the after-failure inspection walks a caller's value. */
const INSPECT_LIMITS = { depth: 200, values: 200_000 };

/**
 * Wrap `fn` so that:
 * - `check` runs first (an IdioArgumentError, prefixed with `name`);
 * - an IdioArgumentError from inside passes through;
 * - any other error (sync, or an async rejection) is blamed on the caller only
 *   when an argument's plain data (records and arrays; instances such as an
 *   SDK client are not entered) is unsound — a cycle, a getter or Proxy trap
 *   that throws, an accessor property, nesting deeper than 200 — or `diagnose` finds it
 *   invalid. Then it becomes an IdioArgumentError with the original as `cause`.
 *   Otherwise the original error is rethrown untouched: it is a bug in IDIO and
 *   must surface as one.
 */
export function guardExport<F extends (...args: never[]) => unknown>(
  name: string,
  params: readonly string[],
  fn: F,
  check: ArgumentCheck,
  diagnose?: ArgumentDiagnosis,
): F {
  expectString("name", name);
  expectStringArray("params", params);
  expectFunction("fn", fn);
  expectFunction("check", check);
  if (diagnose !== undefined) expectFunction("diagnose", diagnose);
  const blame = (error: unknown, args: readonly unknown[]): unknown => {
    if (error instanceof IdioArgumentError) return error.inFunction(name);
    const found = inspectArguments(params, args) ?? safely(() => diagnose?.(args));
    if (found === undefined) return error;
    return new IdioArgumentError(found.argument, rawProblem(found), { cause: error }).inFunction(
      name,
    );
  };
  const isAsync = fn.constructor.name === "AsyncFunction";
  const guarded = function (this: unknown, ...args: unknown[]): unknown {
    let result: unknown;
    try {
      check(...args);
      result = fn.apply(this, args as never[]);
    } catch (error) {
      if (isAsync) return Promise.reject(blame(error, args));
      throw blame(error, args);
    }
    if (result instanceof Promise) {
      return result.catch((error: unknown) => {
        throw blame(error, args);
      });
    }
    return result;
  };
  Object.defineProperty(guarded, "name", { value: name });
  return guarded as unknown as F;
}

/** The message of an IdioArgumentError without its `argument "x" ` prefix. */
function rawProblem(error: IdioArgumentError): string {
  const prefix = `argument "${error.argument}" `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}

/** A diagnosis that itself throws tells nothing; treat it as "looks valid". */
function safely<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

/** Names the first argument that is not plain, readable, finite data. */
function inspectArguments(
  params: readonly string[],
  args: readonly unknown[],
): IdioArgumentError | undefined {
  const seen = new Set<object>();
  let budget = INSPECT_LIMITS.values;
  const walk = (
    value: unknown,
    path: string,
    depth: number,
    stack: Set<object>,
  ): IdioArgumentError | undefined => {
    if (typeof value !== "object" || value === null) return undefined;
    if (--budget < 0) return undefined;
    if (stack.has(value)) return new IdioArgumentError(path, "is cyclic: it contains itself");
    if (depth > INSPECT_LIMITS.depth) {
      return new IdioArgumentError(path, `is nested deeper than ${INSPECT_LIMITS.depth} levels`);
    }
    if (seen.has(value)) return undefined;
    seen.add(value);
    let keys: (string | symbol)[];
    try {
      // Only plain data (records, arrays) is the caller's to answer for: an
      // instance (an SDK client, a Map, bytes) is opaque and may well be cyclic.
      const prototype = Reflect.getPrototypeOf(value);
      if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) {
        return undefined;
      }
      keys = Reflect.ownKeys(value);
    } catch (error) {
      return new IdioArgumentError(path, `cannot be read (${errorSummary(error)})`);
    }
    stack.add(value);
    try {
      for (const key of keys) {
        if (typeof key === "symbol") continue;
        const at = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
        let child: unknown;
        try {
          const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
          if (descriptor && (descriptor.get || descriptor.set)) {
            return new IdioArgumentError(at, "is a getter or setter, not a plain value");
          }
          child = (value as Record<string, unknown>)[key];
        } catch (error) {
          return new IdioArgumentError(at, `cannot be read (${errorSummary(error)})`);
        }
        const found = walk(child, at, depth + 1, stack);
        if (found) return found;
      }
    } finally {
      stack.delete(value);
    }
    return undefined;
  };
  for (const [index, arg] of args.entries()) {
    const found = walk(arg, params[index] ?? `argument ${index + 1}`, 0, new Set());
    if (found) return found;
  }
  return undefined;
}

function errorSummary(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return "an unreadable error";
  }
}
