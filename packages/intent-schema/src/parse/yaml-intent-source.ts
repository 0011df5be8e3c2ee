import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type ParsedNode,
  type YAMLMap,
} from "yaml";
import type { IntentSource, SourcePosition } from "../diagnostics/diagnostic.js";
import { pointerSegments } from "./json-pointer.js";

type Range = readonly [number, number, number];

/**
 * An intent's source text with its YAML syntax tree: finds the line and
 * column of any JSON pointer, so every phase can report at the user's line.
 */
export class YamlIntentSource implements IntentSource {
  /** Offset at which each line starts. */
  private readonly lineStarts: number[] = [0];

  private parsed: Document.Parsed | undefined;
  /** Each mapping's first pair per key, built on first lookup: 20,000 diagnostics on one mapping stay linear. */
  private readonly pairsByKey = new WeakMap<YAMLMap, Map<string, Pair>>();
  private parse: (() => Document.Parsed | undefined) | undefined;

  /** `document` may be a function that parses on first use (the fast path has no positions). */
  constructor(
    readonly fileName: string,
    readonly text: string,
    document: Document.Parsed | (() => Document.Parsed | undefined) | undefined,
  ) {
    if (typeof document === "function") this.parse = document;
    else this.parsed = document;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** Position of the value at `pointer`, or of its nearest existing ancestor. */
  locate(pointer: string): SourcePosition {
    const { value } = this.find(pointer);
    return this.positionOfRange(value?.range ?? undefined);
  }

  /**
   * Position of the key at `pointer` when its last segment is a mapping key
   * (where an unknown or duplicate property should be reported), else as locate.
   */
  locateKey(pointer: string): SourcePosition {
    const { key, value } = this.find(pointer);
    return this.positionOfRange((key ?? value)?.range ?? undefined);
  }

  /** Position of a character offset in the text (1-based line and column). */
  positionOfOffset(start: number, end?: number): SourcePosition {
    const from = this.lineAndColumn(start);
    if (end === undefined || end <= start) return from;
    const to = this.lineAndColumn(end);
    return { ...from, endLine: to.line, endColumn: to.column };
  }

  private lineAndColumn(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low]! + 1 };
  }

  private positionOfRange(range: Range | undefined): SourcePosition {
    if (range === undefined) return { line: 1, column: 1 };
    return this.positionOfOffset(range[0], range[1]);
  }

  /** Walks the tree along the pointer as far as it exists. */
  private get document(): Document.Parsed | undefined {
    if (this.parse !== undefined) {
      this.parsed = this.parse();
      this.parse = undefined;
    }
    return this.parsed;
  }

  private find(pointer: string): { key?: ParsedNode; value?: ParsedNode } {
    const document = this.document;
    let value = (document?.contents ?? undefined) as ParsedNode | undefined;
    let key: ParsedNode | undefined;
    for (const segment of pointerSegments(pointer)) {
      const node = this.resolve(value);
      if (isMap(node)) {
        const pair = this.pairs(node).get(segment);
        if (pair === undefined) return { value };
        key = pair.key as ParsedNode;
        value = (pair.value ?? pair.key) as ParsedNode;
      } else if (isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment)) {
        const item = node.items[Number(segment)];
        if (item === undefined || item === null) return { value };
        key = undefined;
        value = item as ParsedNode;
      } else {
        return { value };
      }
    }
    return { key, value };
  }

  private pairs(node: YAMLMap): Map<string, Pair> {
    let index = this.pairsByKey.get(node);
    if (index === undefined) {
      index = new Map();
      for (const item of node.items) {
        const text = keyText(item.key);
        if (text !== undefined && !index.has(text)) index.set(text, item);
      }
      this.pairsByKey.set(node, index);
    }
    return index;
  }

  private resolve(node: ParsedNode | undefined): Node | undefined {
    const document = this.parsed;
    if (node !== undefined && isAlias(node) && document !== undefined) {
      return node.resolve(document) ?? node;
    }
    return node;
  }
}

/** The text a mapping key turns into once converted to a JS object key. */
export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}
