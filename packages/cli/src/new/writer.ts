import { INTENT_JSON_SCHEMA, INTENT_SCHEMA_ID } from "@idio-iac/intent-schema";
import { Document, isCollection, isScalar } from "yaml";
import type { Provenance } from "./build-intent.js";
import type { Fact } from "./fact.js";
import { cleanSentence, type NewIntent } from "./new-intent.js";

/**
 * The intent as YAML in which every field the sentence set carries a comment
 * quoting the words that set it (a whole added tier: a comment above it), and
 * a header saying which template the rest comes from.
 */
export function writeYaml(intent: NewIntent, sentence: string): string {
  const document = new Document(inSchemaOrder(intent.document));
  document.commentBefore = [
    ` yaml-language-server: $schema=${INTENT_SCHEMA_ID}`,
    ` Written by \`idio new\` from: ${quote(oneLine(sentence))}`,
    ` Started from template ${intent.template.id} (${intent.template.title}) for ${quotes(intent.because)}.`,
    " A field with a comment was set by the words it quotes; the others are the template's defaults.",
  ].join("\n");
  for (const { path, facts, note } of merged(intent.provenance)) {
    const node = document.getIn(path, true);
    const comment = ` ${commentText(facts, note)}`;
    if (isScalar(node)) node.comment = comment;
    else if (isCollection(node)) node.commentBefore = comment;
  }
  return document.toString({ lineWidth: 0 });
}

/** The intent as JSON (which has no comments: `describeProvenance` says where each field came from). */
export function writeJson(intent: NewIntent): string {
  return `${JSON.stringify(inSchemaOrder(intent.document), null, 2)}\n`;
}

interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

/**
 * Keys in the schema's order, so a field the sentence added (a tier's port)
 * sits where it would in any intent, not after the template's fields.
 */
function inSchemaOrder(
  value: unknown,
  schema: SchemaNode = INTENT_JSON_SCHEMA as SchemaNode,
): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, schema.items ?? {}));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const known = Object.keys(properties).filter((key) => key in record);
  const rest = Object.keys(record).filter((key) => !(key in properties));
  return Object.fromEntries(
    [...known, ...rest].map((key) => [key, inSchemaOrder(record[key], properties[key] ?? {})]),
  );
}

/** One line per field the sentence set: `availability: "four nines"`. */
export function describeProvenance(intent: NewIntent): string[] {
  return merged(intent.provenance).map(
    ({ path, facts, note }) => `${pathText(path)}: ${commentText(facts, note)}`,
  );
}

function merged(provenance: readonly Provenance[]): Provenance[] {
  const byPath = new Map<string, Provenance>();
  for (const entry of provenance) {
    const key = JSON.stringify(entry.path);
    const before = byPath.get(key);
    byPath.set(
      key,
      before === undefined
        ? entry
        : {
            path: entry.path,
            facts: [...before.facts, ...entry.facts.filter((fact) => !before.facts.includes(fact))],
            ...((entry.note ?? before.note) === undefined
              ? {}
              : { note: entry.note ?? before.note }),
          },
    );
  }
  return [...byPath.values()];
}

function commentText(facts: readonly Fact[], note: string | undefined): string {
  if (facts.length === 0) return note ?? "";
  return `from ${quotes(facts)}${note === undefined ? "" : ` (${note})`}`;
}

function quotes(facts: readonly Fact[]): string {
  const unique = [...new Set(facts.map((fact) => fact.words))];
  return unique.map(quote).join(" and ");
}

function quote(words: string): string {
  return JSON.stringify(words);
}

function oneLine(text: string): string {
  const collapsed = cleanSentence(text).replace(/\s+/g, " ").trim();
  return collapsed.length > 300 ? `${collapsed.slice(0, 297)}...` : collapsed;
}

function pathText(path: readonly (string | number)[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join("");
}
