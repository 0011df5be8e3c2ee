import {
  DefaultTokenResolver,
  StringConcat,
  TerraformElement,
  TerraformStack,
  Token,
  Tokenization,
} from "cdktf";
import type { IConstruct } from "constructs";

const RESOLVER = new DefaultTokenResolver(new StringConcat());

type Json = Record<string, unknown>;

/**
 * The stack's Terraform JSON, as `stack.toTerraform()` builds it but without
 * cdktf's `//` metadata, with the stack-level blocks (`terraform`) merged last.
 *
 * `toTerraform()` resolves every element, merges them, then resolves the whole
 * configuration a second time and builds metadata nobody reads; at 1,000 tiers
 * the second pass alone is seconds. Here each element is resolved once; what
 * comes out is plain data, so a second pass would return it unchanged.
 */
export function stackJson(stack: TerraformStack, stackBlocks: Json): Json {
  const config: Json = {};
  for (const element of elementsOf(stack)) {
    const raw = element.toTerraform() as Json;
    // Most resources hold only plain data (references are already `${…}` text):
    // resolving them would copy them unchanged.
    const fragment = (
      isPlain(raw)
        ? raw
        : Tokenization.resolve(raw, { scope: stack, preparing: false, resolver: RESOLVER })
    ) as Json;
    merge(config, withoutMetadata(fragment));
  }
  merge(config, stackBlocks);
  return config;
}

/**
 * Whether resolving `value` would return it unchanged: no token text (`${TfToken[…]}`,
 * `#{TfToken[…]}`), no token number, no resolvable or other class instance, no `undefined`
 * in an array (resolve drops it; `undefined` object values are dropped by both paths).
 */
function isPlain(value: unknown): boolean {
  if (typeof value === "string") return !value.includes("TfToken[");
  if (typeof value === "number") return !Token.isUnresolved(value);
  if (value === null || typeof value !== "object") return typeof value !== "function";
  if (Array.isArray(value)) return value.every((item) => item !== undefined && isPlain(item));
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (key.includes("TfToken[")) return false;
    if (!isPlain((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** The stack's elements in construct order, not descending into nested stacks. */
function elementsOf(scope: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(scope)) into.push(scope);
  for (const child of scope.node.children) {
    if (!TerraformStack.isStack(child)) elementsOf(child, into);
  }
  return into;
}

/** cdktf's deep merge (`util.deepMerge`) for plain data: objects merge, arrays concatenate. */
function merge(target: Json, source: Json): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
      merge(target[key] as Json, value as Json);
    } else if (Array.isArray(value)) {
      const existing = target[key];
      target[key] = Array.isArray(existing) ? [...(existing as unknown[]), ...value] : value;
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}

/** Drops cdktf's `//` keys (construct paths, stack name), at any depth, in place. */
function withoutMetadata(value: Json): Json {
  for (const key of Object.keys(value)) {
    if (key === "//") {
      delete value[key];
      continue;
    }
    const child = value[key];
    if (Array.isArray(child)) {
      for (const item of child)
        if (typeof item === "object" && item !== null) withoutMetadata(item as Json);
    } else if (typeof child === "object" && child !== null) withoutMetadata(child as Json);
  }
  return value;
}
