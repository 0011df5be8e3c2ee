import jsYaml from "js-yaml";
import { INTENT_LIMITS } from "./limits.js";
import { RESERVED_KEYS } from "./reserved-keys.js";

/**
 * YAML 1.2 core schema for js-yaml, resolving plain scalars exactly as the
 * `yaml` library's core schema does (js-yaml's own also reads 0b101, +0x1 and
 * -0o7 as numbers), so both parsers turn a document into the same data.
 */
const YAML_CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (text: string) => /^(?:~|null|Null|NULL|)$/.test(text),
      construct: () => null,
    }),
    new jsYaml.Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (text: string) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(text),
      construct: (text: string) => /^[tT]/.test(text),
    }),
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (text: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text),
      construct: (text: string) =>
        text.startsWith("0o")
          ? parseInt(text.slice(2), 8)
          : text.startsWith("0x")
            ? parseInt(text.slice(2), 16)
            : Number(text),
    }),
    new jsYaml.Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (text: string) =>
        /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(
          text,
        ),
      construct: (text: string) => {
        if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) {
          return text.startsWith("-") ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        }
        if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
        return Number(text);
      },
    }),
  ],
});

/**
 * Anything the fast path does not handle the way the full parser would:
 * anchors, aliases, tags, explicit or collection keys, a `#` that does not
 * start a comment, document markers. Such documents (and any that mention these characters,
 * even in a string) take the full path.
 */
const NEEDS_FULL_PARSER = /[&*!?]|[\]}]\s*:|\S#|^(?:---|\.\.\.)/m;
const NULL_LIKE_KEYS = new Set(["", "~", "null", "Null", "NULL"]);

/**
 * Parses a plain YAML document (the usual intent) several times faster than
 * the position-keeping parser. Returns undefined whenever the full parser
 * must decide: syntax errors, duplicate keys, several documents, features
 * listed above, reserved or null keys, excessive depth.
 */
export function fastParse(text: string): { data: unknown } | undefined {
  if (NEEDS_FULL_PARSER.test(text) || hasMultiLineQuote(text) || hasComplexFlow(text)) {
    return undefined;
  }
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: YAML_CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return isPlainTree(data) ? { data } : undefined;
}

/**
 * True when a quoted scalar spans lines. js-yaml accepts continuation lines
 * the YAML spec (and the full parser) reject, so such documents go the full way.
 */
function hasMultiLineQuote(text: string): boolean {
  let quote: "'" | '"' | undefined;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      if (quote !== undefined) return true;
      comment = false;
    } else if (comment) {
      continue;
    } else if (quote === '"') {
      if (char === "\\") i += 1;
      else if (char === '"') quote = undefined;
    } else if (quote === "'") {
      if (char === "'" && text[i + 1] === "'") i += 1;
      else if (char === "'") quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      comment = true;
    }
  }
  return quote !== undefined;
}

/**
 * True unless every flow collection (`[a, b]`, `{ min: 1, max: 2 }`) opens and
 * closes on one line without nesting: the form intents use, and the one where
 * js-yaml and the spec agree. Everything else goes the full way.
 */
function hasComplexFlow(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > 1) return true;
    } else if (char === 0x5d || char === 0x7d) {
      depth -= 1;
      if (depth < 0) return true;
    } else if (char === 0x0a && depth !== 0) {
      return true;
    }
  }
  return depth !== 0;
}

/** True when the data is within the depth limit and every key is an ordinary name. */
function isPlainTree(root: unknown): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > INTENT_LIMITS.maxDepth) return false;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(value)) {
      // js-yaml stringifies a collection used as a key ("[object Object]", "a,b").
      if (
        RESERVED_KEYS.has(key) ||
        NULL_LIKE_KEYS.has(key) ||
        key.includes(",") ||
        key === "[object Object]"
      ) {
        return false;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
    if (Object.prototype.hasOwnProperty.call(value, "__proto__")) return false;
  }
  return true;
}
