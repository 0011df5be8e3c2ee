import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  YAMLParseError,
  type Document,
  type ParsedNode,
  type YAMLError,
} from "yaml";
import { rebuildJson } from "@idio-iac/graph";
import { IntentCodes } from "../diagnostics/codes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { makeDiagnostic } from "../diagnostics/make-diagnostic.js";
import { firstFlowDepthExceeding } from "./flow-depth.js";
import { childPointer } from "./json-pointer.js";
import { INTENT_LIMITS } from "./limits.js";
import { fastParse } from "./fast-parse.js";
import { RESERVED_KEYS } from "./reserved-keys.js";
import { YamlIntentSource } from "./yaml-intent-source.js";

export interface ParsedYaml {
  /** The document as plain data; absent when the YAML could not be read. */
  readonly data?: unknown;
  readonly diagnostics: Diagnostic[];
  readonly source: YamlIntentSource;
}

/**
 * Parses YAML (JSON is YAML too) into plain data, keeping the syntax tree for
 * locating problems. Syntax errors, duplicate keys, unsupported tags, alias
 * bombs and runaway nesting all become diagnostics.
 */
export function parseYaml(text: string, fileName: string): ParsedYaml {
  const depthOffset = firstFlowDepthExceeding(text, INTENT_LIMITS.maxDepth);
  if (depthOffset !== -1) {
    const source = new YamlIntentSource(fileName, text, undefined);
    return {
      source,
      diagnostics: [tooDeep(source, source.positionOfOffset(depthOffset), "")],
    };
  }

  const fast = fastParse(text);
  if (
    fast !== undefined &&
    fast.data !== null &&
    typeof fast.data === "object" &&
    !Array.isArray(fast.data)
  ) {
    // Positions are only needed when something is reported: parse for them lazily.
    return {
      data: fast.data,
      diagnostics: [],
      source: new YamlIntentSource(fileName, text, () => parseWithPositions(text)[0]),
    };
  }

  const list = parseWithPositions(text);
  const document = list[0] as Document.Parsed | undefined;
  const source = new YamlIntentSource(fileName, text, document);
  const diagnostics: Diagnostic[] = [];

  const contents = document?.contents ?? null;
  if (
    document === undefined ||
    contents === null ||
    (isScalar(contents) && contents.value === null)
  ) {
    diagnostics.push(
      makeDiagnostic(
        IntentCodes.EmptyDocument,
        fileName,
        { line: 1, column: 1 },
        "",
        "The document is empty.",
        "Start from an example: examples/startup-mvp/intent.yaml, or run `idio schema` for every field.",
      ),
    );
    return { source, diagnostics };
  }
  const second = list[1];
  if (second !== undefined) {
    diagnostics.push(
      makeDiagnostic(
        IntentCodes.MultipleDocuments,
        fileName,
        source.positionOfOffset(second.range[0]),
        "",
        "The file holds more than one YAML document; an intent file holds exactly one.",
        "Put each intent in its own file, or remove the `---` separator.",
      ),
    );
  }

  let fatal = false;
  // Unresolved tags are reported by the structure walk, with every other unsupported tag.
  const problems = [...document.errors, ...document.warnings].filter(
    (problem) => problem.code !== "TAG_RESOLVE_FAILED",
  );
  for (const problem of problems) {
    const diagnostic = yamlProblem(problem, source);
    if (diagnostic.code !== IntentCodes.DuplicateKey.code) {
      fatal = true;
    }
    diagnostics.push(diagnostic);
  }
  if (fatal) return { source, diagnostics };

  const root = document.contents as ParsedNode;
  if (!isMap(root)) {
    diagnostics.push(
      makeDiagnostic(
        IntentCodes.RootNotMapping,
        fileName,
        source.locate(""),
        "",
        `The document is ${isSeq(root) ? "a list" : "a single value"}; an intent is a mapping of fields (apiVersion, name, environment, tiers, ...).`,
        "Start from an example: examples/startup-mvp/intent.yaml.",
      ),
    );
    return { source, diagnostics };
  }

  const structure = checkStructure(root, source);
  diagnostics.push(...structure.diagnostics);
  // An unsupported tag leaves its value meaningless: checking it further would only add noise.
  const unsupportedTag = structure.diagnostics.some(
    (diagnostic) => diagnostic.code === IntentCodes.UnsupportedTag.code,
  );
  if (structure.tooDeep || unsupportedTag) return { source, diagnostics };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: INTENT_LIMITS.maxAliasCount });
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand beyond maxAliasCount.
    diagnostics.push(
      makeDiagnostic(
        IntentCodes.ResourceLimit,
        fileName,
        structure.firstAlias ?? source.locate(""),
        "",
        `The document's aliases expand too far (${error instanceof Error ? error.message : String(error)}).`,
        "Write the values out instead of nesting aliases (*name) of aliases.",
      ),
    );
    return { source, diagnostics };
  }
  return { data: withoutReservedKeys(data), diagnostics, source };
}

function parseWithPositions(text: string): Document.Parsed[] {
  const documents = parseAllDocuments(text, {
    prettyErrors: false,
    // yaml compares each key with every earlier one (quadratic: seconds for 20,000 keys); see duplicateKeys.
    uniqueKeys: false,
    version: "1.2",
    schema: "core",
    // Problems are diagnostics; yaml must not print warnings of its own.
    logLevel: "error",
  });
  const list = Array.isArray(documents) ? (documents as Document.Parsed[]) : [];
  for (const document of list) document.errors.push(...duplicateKeys(document));
  return list;
}

/** yaml's DUPLICATE_KEY errors (same scalar value twice in one mapping), found in linear time. */
function duplicateKeys(document: Document.Parsed): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range !== undefined && key.range !== null) {
          const at = key.range[0];
          errors.push(new YAMLParseError([at, at + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        }
      }
    },
  });
  return errors;
}

/** Offset of the quote that opens the unclosed string ending before `end` (escaped quotes skipped). */
function openingQuote(text: string, end: number, quote: string): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    if (text[i] !== quote) continue;
    let backslashes = 0;
    while (quote === '"' && text[i - 1 - backslashes] === "\\") backslashes += 1;
    if (backslashes % 2 === 0) return i;
  }
  return end;
}

function yamlProblem(problem: YAMLError, source: YamlIntentSource): Diagnostic {
  const position = source.positionOfOffset(problem.pos[0], problem.pos[1]);
  const message = problem.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
  if (problem.code === "MISSING_CHAR" && quote !== undefined) {
    // yaml reports an unclosed quote where the input ends; point at where it opens.
    const opening = openingQuote(source.text, problem.pos[0], quote);
    return makeDiagnostic(
      IntentCodes.YamlSyntax,
      source.fileName,
      source.positionOfOffset(opening, opening + 1),
      "",
      `This ${quote === '"' ? "double" : "single"} quote is never closed.`,
      `Add the closing ${quote} at the end of the value.`,
    );
  }
  switch (problem.code) {
    case "DUPLICATE_KEY":
      return makeDiagnostic(
        IntentCodes.DuplicateKey,
        source.fileName,
        position,
        "",
        `${message}.`.replace(/\.\.$/, "."),
        "Each key may appear once per mapping; remove or merge the repeated one.",
      );
    case "RESOURCE_EXHAUSTION":
      return tooDeep(source, position, "");
    default:
      return makeDiagnostic(
        IntentCodes.YamlSyntax,
        source.fileName,
        position,
        "",
        `${message}.`.replace(/\.\.$/, "."),
        "Check indentation, colons after keys, and that quotes and brackets are closed.",
      );
  }
}

function tooDeep(
  source: YamlIntentSource,
  position: ReturnType<YamlIntentSource["locate"]>,
  path: string,
): Diagnostic {
  return makeDiagnostic(
    IntentCodes.ResourceLimit,
    source.fileName,
    position,
    path,
    `The document nests deeper than ${INTENT_LIMITS.maxDepth} levels.`,
    "An intent is a few levels deep (tiers › tier › scaling); check for runaway brackets or indentation.",
  );
}

interface StructureCheck {
  readonly diagnostics: Diagnostic[];
  readonly tooDeep: boolean;
  readonly firstAlias?: ReturnType<YamlIntentSource["locate"]>;
}

/** The YAML 1.2 core schema's tags: the only ones an intent may use (`!!str 99.9`). */
const CORE_TAGS: ReadonlySet<string> = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`),
);

/**
 * Walks the syntax tree without recursion: bounds the depth and finds keys
 * that are not plain strings or that are reserved, before any conversion to JS.
 */
function checkStructure(root: ParsedNode, source: YamlIntentSource): StructureCheck {
  const diagnostics: Diagnostic[] = [];
  let firstAliasOffset: number | undefined;
  const stack: { node: unknown; depth: number; pointer: string }[] = [
    { node: root, depth: 1, pointer: "" },
  ];
  while (stack.length > 0) {
    const { node, depth, pointer } = stack.pop()!;
    if (depth > INTENT_LIMITS.maxDepth) {
      const range = (node as ParsedNode).range;
      return {
        diagnostics: [tooDeep(source, source.positionOfOffset(range[0]), pointer)],
        tooDeep: true,
      };
    }
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag !== undefined && !CORE_TAGS.has(tag)) {
      const range = (node as ParsedNode).range;
      diagnostics.push(
        makeDiagnostic(
          IntentCodes.UnsupportedTag,
          source.fileName,
          source.positionOfOffset(range[0], range[1]),
          pointer,
          `The tag ${tag.replace(/^tag:yaml\.org,2002:/, "!!")} is not supported in an intent.`,
          "Intents use plain YAML values; remove the tag (the word starting with `!`).",
        ),
      );
    }
    if (isAlias(node)) {
      // The stack visits nodes out of order; report the alias that comes first in the file.
      const offset = node.range?.[0] ?? 0;
      if (firstAliasOffset === undefined || offset < firstAliasOffset) firstAliasOffset = offset;
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as ParsedNode | null;
        const keyValue = isScalar(key) ? key.value : undefined;
        const keyPosition = key?.range
          ? source.positionOfOffset(key.range[0], key.range[1])
          : source.positionOfOffset(node.range?.[0] ?? 0);
        if (key === null || !isScalar(key) || keyValue === null || typeof keyValue === "object") {
          diagnostics.push(
            makeDiagnostic(
              IntentCodes.NonStringKey,
              source.fileName,
              keyPosition,
              pointer,
              "A key must be a plain name; this one is empty, a list, a mapping or an alias.",
              "Write keys as plain words, e.g. `name:`.",
            ),
          );
          continue;
        }
        const text = String(keyValue);
        const keyPointer = childPointer(pointer, text);
        if (RESERVED_KEYS.has(text)) {
          diagnostics.push(
            makeDiagnostic(
              IntentCodes.ReservedKey,
              source.fileName,
              keyPosition,
              keyPointer,
              `"${text}" is a reserved name and cannot be used as a key.`,
              "Remove this key; no intent field is called that.",
            ),
          );
        }
        stack.push({ node: pair.value, depth: depth + 1, pointer: keyPointer });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) =>
        stack.push({ node: item, depth: depth + 1, pointer: childPointer(pointer, index) }),
      );
    }
  }
  const firstAlias =
    firstAliasOffset === undefined ? undefined : source.positionOfOffset(firstAliasOffset);
  return { diagnostics, tooDeep: false, ...(firstAlias ? { firstAlias } : {}) };
}

/** Drops reserved keys (already reported) so no later step ever sees them. */
function withoutReservedKeys(value: unknown): unknown {
  return rebuildJson(value, { keep: (key) => !RESERVED_KEYS.has(key) });
}
