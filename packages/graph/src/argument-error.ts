// The one error a library function throws for a bad argument, and the cheap
// checks that raise it. A thrown error that is not an IdioArgumentError is a
// bug in IDIO (DESIGN §10); user mistakes in files are diagnostics, not throws.

/** How much of a caller's value a message may quote. */
const QUOTE_LIMIT = 40;

/** Thrown by every exported IDIO function for an argument it cannot use. */
export class IdioArgumentError extends Error {
  override readonly name: string = "IdioArgumentError";
  /**
   * A stable code for programs: "IDIO_ARGUMENT" for a malformed argument; a
   * subclass about an argument's contents carries its diagnostic code
   * (a policy bundle that is not one: IDIO510–IDIO520).
   */
  readonly code: string = "IDIO_ARGUMENT";
  /** The argument, and where inside it: `graph`, `options.usage`, `graph.nodes[3].id`. */
  readonly argument: string;
  /** The exported function that refused it, once the public boundary knows (`compile`). */
  functionName: string | undefined;

  constructor(argument: string, problem: string, options?: { cause?: unknown }) {
    const name = nameOf(argument);
    super(`argument "${name}" ${typeof problem === "string" ? problem : "is invalid"}`, options);
    this.argument = name;
  }

  /** Prefix the message with the exported function's name, once. */
  inFunction(functionName: string): this {
    if (this.functionName === undefined) {
      this.functionName = functionName;
      this.message = `${functionName}(): ${this.message}`;
    }
    return this;
  }
}

/** The documented error: `argument "x" must be <expected>; got <what was given>`. */
function argumentError(
  argument: string,
  expected: string,
  given: unknown,
  cause?: unknown,
): IdioArgumentError {
  return new IdioArgumentError(
    nameOf(argument),
    `must be ${expected}; got ${describeValue(given)}`,
    cause === undefined ? undefined : { cause },
  );
}

/**
 * A short, safe description of any value, for a message: never its whole
 * content (a 10 MB string is clipped), control characters escaped, and never
 * a throw (a hostile Proxy or getter is described, not read).
 */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case "string":
        return value.length > QUOTE_LIMIT
          ? `a string of ${value.length} characters (${quote(value.slice(0, QUOTE_LIMIT))}…)`
          : `the string ${quote(value)}`;
      case "number":
      case "boolean":
      case "undefined":
        return String(value);
      case "bigint":
        return `the bigint ${clip(String(value))}n`;
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
    }
    if (value === null) return "null";
    if (Array.isArray(value)) return `an array of ${value.length} items`;
    if (value instanceof Uint8Array) return `${value.length} bytes`;
    const keys = Object.keys(value as object);
    const shown = keys.slice(0, 5).map((key) => quote(clip(key)));
    return keys.length === 0
      ? "an object with no properties"
      : `an object with keys ${shown.join(", ")}${keys.length > 5 ? ", …" : ""}`;
  } catch {
    return "an object that cannot be read";
  }
}

function clip(text: string): string {
  return text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text;
}

/** JSON quoting escapes controls; bidi and line separators are escaped too. */
function quote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

type Check = (argument: string, value: unknown) => void;

/** The argument's name for a message, whatever a caller passed as the name. */
function nameOf(argument: unknown): string {
  return typeof argument === "string" ? argument.slice(0, 200) : "argument";
}

/**
 * Runs a check so that it ends only in IdioArgumentError: these helpers are
 * exported, and a hostile value (a trapping Proxy, a throwing getter) must not
 * leak its own error through them.
 */
function checking(argument: unknown, run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof IdioArgumentError) throw error;
    throw new IdioArgumentError(nameOf(argument), "cannot be read", { cause: error });
  }
}

/** A string (any length; the function bounds its own work). */
export function expectString(argument: string, value: unknown): asserts value is string {
  if (typeof value === "string") return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "string") throw argumentError(argument, "a string", value);
  });
}

/** A string or the bytes of a UTF-8 file. */
export function expectText(argument: string, value: unknown): asserts value is string | Uint8Array {
  if (typeof value === "string") return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "string" && !(value instanceof Uint8Array)) {
      throw argumentError(argument, "a string or a Uint8Array", value);
    }
  });
}

/** A finite number (NaN and ±Infinity refused). */
export function expectNumber(argument: string, value: unknown): asserts value is number {
  if (typeof value === "number" && Number.isFinite(value)) return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw argumentError(argument, "a finite number", value);
    }
  });
}

/** A whole number in [min, max]. */
export function expectInteger(
  argument: string,
  value: unknown,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  checking(argument, () => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      throw argumentError(argument, `a whole number from ${min} to ${max}`, value);
    }
  });
}

export function expectBoolean(argument: string, value: unknown): asserts value is boolean {
  if (typeof value === "boolean") return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "boolean") throw argumentError(argument, "true or false", value);
  });
}

export function expectBigInt(argument: string, value: unknown): asserts value is bigint {
  if (typeof value === "bigint") return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "bigint") throw argumentError(argument, "a bigint", value);
  });
}

export function expectFunction(
  argument: string,
  value: unknown,
): asserts value is (...args: never[]) => unknown {
  if (typeof value === "function") return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "function") throw argumentError(argument, "a function", value);
  });
}

/** One of a fixed set of strings. */
export function expectOneOf<T extends string>(
  argument: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  checking(argument, () => {
    if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
      throw argumentError(argument, `one of ${allowed.map((a) => `"${a}"`).join(", ")}`, value);
    }
  });
}

/** A non-null, non-array object (a record or an instance; no deep check). */
export function expectPlainObject(
  argument: string,
  value: unknown,
): asserts value is Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return; // the common case, without a closure
  checking(argument, () => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw argumentError(argument, "an object", value);
    }
  });
}

/** An optional options bag: undefined or an object. */
export function expectOptions(
  argument: string,
  value: unknown,
): asserts value is Record<string, unknown> | undefined {
  if (value === undefined) return; // the common case, without a closure
  checking(argument, () => {
    if (value !== undefined) expectPlainObject(argument, value);
  });
}

/** An array, each item checked when `item` is given. */
export function expectArray(
  argument: string,
  value: unknown,
  item?: Check,
): asserts value is unknown[] {
  checking(argument, () => {
    if (!Array.isArray(value)) throw argumentError(argument, "an array", value);
    if (item) value.forEach((entry, index) => item(`${argument}[${index}]`, entry));
  });
}

/** An array of strings. */
export function expectStringArray(argument: string, value: unknown): asserts value is string[] {
  checking(argument, () => {
    expectArray(argument, value, expectString);
  });
}

/** Named properties of an object, each with its check (`undefined` allowed when `optional`). */
export function expectProperties(
  argument: string,
  value: unknown,
  properties: Record<string, Check>,
  optional: readonly string[] = [],
): asserts value is Record<string, unknown> {
  checking(argument, () => {
    expectPlainObject(argument, value);
    for (const [key, check] of Object.entries(properties)) {
      const property = value[key];
      if (property === undefined && optional.includes(key)) continue;
      check(`${argument}.${key}`, property);
    }
  });
}

/**
 * The cheap structural check of a resource graph: a non-empty `name`, a
 * `region`, and `nodes`, an array of objects with string ids and kinds,
 * object props and tags, and a dependsOn list.
 */
export function expectGraph(argument: string, value: unknown): void {
  if (looksLikeGraph(value)) return;
  checking(argument, () => {
    expectProperties(argument, value, {
      name: (name, text) => {
        expectString(name, text);
        if (text === "") throw new IdioArgumentError(name, "must not be empty");
      },
      region: expectString,
      nodes: (name, nodes) =>
        expectArray(name, nodes, (nodeName, node) =>
          expectProperties(nodeName, node, {
            id: expectString,
            kind: expectString,
            props: expectPlainObject,
            dependsOn: expectStringArray,
            tags: expectPlainObject,
          }),
        ),
    });
  });
}

/** The fast path of expectGraph: one loop, no allocation; the slow path names what is wrong. */
function looksLikeGraph(value: unknown): boolean {
  try {
    if (typeof value !== "object" || value === null) return false;
    const graph = value as { name?: unknown; region?: unknown; nodes?: unknown };
    if (typeof graph.name !== "string" || graph.name === "" || typeof graph.region !== "string") {
      return false;
    }
    if (!Array.isArray(graph.nodes)) return false;
    for (const node of graph.nodes as unknown[]) {
      if (typeof node !== "object" || node === null || Array.isArray(node)) return false;
      const { id, kind, props, dependsOn, tags } = node as Record<string, unknown>;
      if (typeof id !== "string" || typeof kind !== "string") return false;
      if (typeof props !== "object" || props === null || Array.isArray(props)) return false;
      if (typeof tags !== "object" || tags === null || Array.isArray(tags)) return false;
      if (!Array.isArray(dependsOn)) return false;
      for (const dependency of dependsOn as unknown[]) {
        if (typeof dependency !== "string") return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
