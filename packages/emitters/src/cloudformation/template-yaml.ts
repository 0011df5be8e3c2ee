import { Document, Scalar, visit } from "yaml";
import { stringifyString, type StringifyContext } from "yaml/util";

/**
 * A template as YAML that YAML 1.1 readers (cfn-lint, the AWS CLI's PyYAML)
 * read back unchanged: the `yaml` library's output for
 * `new Document(template, { version: "1.1" }).toString({ lineWidth: 0 })`,
 * byte for byte, with "=" and "<<" double-quoted (they mean something else in 1.1;
 * the library writes "<<" bare whatever its type says, as its 1.1 schema's merge key).
 *
 * Building the library's node tree for a 1,000-tier template costs seconds, so
 * this writes the block structure itself (maps, sequences, their indentation:
 * the only layout a JSON-shaped value gets) and asks the library only how to
 * write each scalar, once per distinct scalar. A value outside that shape (null,
 * a class instance, a non-finite number) falls back to the library's whole path.
 */
export function templateYaml(
  template: Record<string, unknown>,
  writer: TemplateYamlWriter = new TemplateYamlWriter(),
): string {
  try {
    return writer.document(template);
  } catch (error) {
    if (error instanceof UnsupportedValue) return libraryYaml(template);
    throw error;
  }
}

const OPTIONS = { version: "1.1", aliasDuplicateObjects: false } as const;
const TO_STRING = { lineWidth: 0 } as const;

/** The `yaml` library's own path: the reference `templateYaml` reproduces (but for a "<<" string). */
export function libraryYaml(template: Record<string, unknown>): string {
  const document = new Document(template, OPTIONS);
  if (hasYaml11Marker(template))
    visit(document, {
      Scalar(_key, node) {
        if (isYaml11Marker(node.value)) node.type = Scalar.QUOTE_DOUBLE;
      },
    });
  return document.toString(TO_STRING);
}

class UnsupportedValue extends Error {}

const isYaml11Marker = (value: unknown) => value === "=" || value === "<<";

/** Whether any key or string value of `value` is `=` or `<<`. */
function hasYaml11Marker(value: unknown): boolean {
  if (typeof value === "string") return isYaml11Marker(value);
  if (Array.isArray(value)) return value.some(hasYaml11Marker);
  if (value === null || typeof value !== "object") return false;
  for (const key of Object.keys(value)) {
    if (isYaml11Marker(key)) return true;
    if (hasYaml11Marker((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

const INDENT_STEP = "  ";

/**
 * The library's stringify context for a document with OPTIONS written with
 * TO_STRING: its defaults (yaml's `createStringifyContext`) with lineWidth 0,
 * so nothing is folded. The equivalence test fails if the library changes them.
 */
function baseContext(): StringifyContext {
  const doc = new Document(null, OPTIONS);
  const options = {
    blockQuote: true,
    commentString: (comment: string) => `#${comment}`,
    defaultKeyType: null,
    defaultStringType: "PLAIN",
    directives: null,
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    falseStr: "false",
    flowCollectionPadding: true,
    indentSeq: true,
    lineWidth: 0,
    minContentWidth: 20,
    nullStr: "null",
    simpleKeys: false,
    singleQuote: null,
    trailingComma: false,
    trueStr: "true",
    verifyAliasOrder: true,
  } as unknown as StringifyContext["options"];
  return {
    anchors: new Set(),
    doc,
    flowCollectionPadding: " ",
    indent: "",
    indentStep: INDENT_STEP,
    inFlow: null,
    options,
  };
}

/**
 * Writes documents; caches each scalar's text (keys by depth, values by indent when
 * multi-line). One writer for all of an emission's templates shares what they repeat.
 */
export class TemplateYamlWriter {
  private readonly base = baseContext();
  private readonly keys = new Map<string, string>();
  private readonly topKeys = new Map<string, string>();
  private readonly values = new Map<string, string>();
  private readonly plainScalars = new Map<string, string>();
  private readonly contexts = new Map<string, StringifyContext>();
  private out = "";

  document(template: Record<string, unknown>): string {
    this.out = "";
    this.value(template, 0, false);
    const text = `${this.out}\n`;
    this.out = "";
    // Built by concatenation, the text is a rope of every piece (about 4× its size at 1,000
    // tiers); reading a character makes V8 flatten it in place before it is handed on.
    text.charCodeAt(0);
    return text;
  }

  /** A value where the cursor is, `depth` steps in; `inPair`: after `key:` (collections then start on the next line). */
  private value(value: unknown, depth: number, inPair: boolean): void {
    if (typeof value === "string") {
      this.out += (inPair ? " " : "") + this.string(value, indentOf(depth));
    } else if (typeof value === "number" || typeof value === "boolean") {
      this.out += (inPair ? " " : "") + this.plainScalar(value);
    } else if (Array.isArray(value)) {
      this.sequence(value, depth, inPair);
    } else if (isPlainObject(value)) {
      this.map(value, depth, inPair);
    } else {
      throw new UnsupportedValue();
    }
  }

  /** A map whose keys are `depth` steps in; its values one step deeper. */
  private map(value: Record<string, unknown>, depth: number, inPair: boolean): void {
    const newline = newlineAt(depth);
    let first = true;
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined) continue;
      if (first) {
        if (inPair) this.out += newline;
        first = false;
      } else {
        this.out += newline;
      }
      this.out += this.key(key, depth === 0);
      this.value(item, depth + 1, true);
    }
    if (first) this.out += inPair ? " {}" : "{}";
  }

  /** A sequence in a map is indented one step (`indentSeq`); its items' contents two. */
  private sequence(items: readonly unknown[], depth: number, inPair: boolean): void {
    if (items.length === 0) {
      this.out += inPair ? " []" : "[]";
      return;
    }
    const newline = newlineAt(depth);
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (item === undefined) throw new UnsupportedValue();
      this.out += index > 0 || inPair ? `${newline}- ` : "- ";
      this.value(item, depth + 1, false);
    }
  }

  /** A key and its colon: a document marker in a top-level key is quoted, so top-level keys are cached apart. */
  private key(key: string, top: boolean): string {
    const cache = top ? this.topKeys : this.keys;
    let text = cache.get(key);
    if (text === undefined) {
      text = this.scalarText(key, {
        implicitKey: true,
        indent: top ? INDENT_STEP : INDENT_STEP + INDENT_STEP,
      });
      if (text.length > 1024) throw new UnsupportedValue(); // the library writes an explicit `? key`
      text += ":";
      cache.set(key, text);
    }
    return text;
  }

  /** A string value: a one-line one reads the same at any indent; a multi-line one is cached per indent. */
  private string(value: string, indent: string): string {
    const cacheKey = value.includes("\n") ? `${indent}\u0000${value}` : value;
    let text = this.values.get(cacheKey);
    if (text === undefined) {
      text = this.scalarText(value, { implicitKey: false, indent });
      this.values.set(cacheKey, text);
    }
    return text;
  }

  /** The library's context at a key or value position, one per position (stringifyString only reads it). */
  private contextAt(implicitKey: boolean, indent: string): StringifyContext {
    const cacheKey = `${implicitKey}:${indent}`;
    let ctx = this.contexts.get(cacheKey);
    if (ctx === undefined) {
      ctx = Object.freeze({ ...this.base, implicitKey, indent, actualString: true });
      this.contexts.set(cacheKey, ctx);
    }
    return ctx;
  }

  private scalarText(value: string, at: { implicitKey: boolean; indent: string }): string {
    const type = isYaml11Marker(value) ? Scalar.QUOTE_DOUBLE : undefined;
    return stringifyString({ value, type }, this.contextAt(at.implicitKey, at.indent));
  }

  /** Numbers and booleans, written by the library itself (few distinct ones). */
  private plainScalar(value: number | boolean): string {
    if (typeof value === "number" && !Number.isFinite(value)) throw new UnsupportedValue();
    const cacheKey = `${typeof value}:${Object.is(value, -0) ? "-0" : String(value)}`;
    let text = this.plainScalars.get(cacheKey);
    if (text === undefined) {
      text = new Document([value], OPTIONS).toString(TO_STRING).slice(2, -1);
      this.plainScalars.set(cacheKey, text);
    }
    return text;
  }
}

const indents: string[] = [""];
const newlines: string[] = ["\n"];

/** `depth` steps of indent, and a newline then that indent: made once per depth. */
function indentOf(depth: number): string {
  while (indents.length <= depth) indents.push(indents.at(-1)! + INDENT_STEP);
  return indents[depth]!;
}

function newlineAt(depth: number): string {
  while (newlines.length <= depth) newlines.push(`\n${indentOf(newlines.length)}`);
  return newlines[depth]!;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
