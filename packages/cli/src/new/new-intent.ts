import type { Template } from "@idio-iac/catalog";
import { buildIntent, type Provenance } from "./build-intent.js";
import { chooseTemplate } from "./choose-template.js";
import type { Fact, UnusedWords } from "./fact.js";
import { LEXICON_PROVIDER, type IntentProvider } from "./provider.js";

export interface NewIntent {
  readonly template: Template;
  /** The words that chose the template. */
  readonly because: readonly Fact[];
  readonly document: Record<string, unknown>;
  readonly provenance: readonly Provenance[];
  /** Words that set nothing, in sentence order (with a reason when they looked like a value). */
  readonly unused: readonly UnusedWords[];
  /** Phrases understood but not applied, each with why, in sentence order. */
  readonly notApplied: readonly UnusedWords[];
}

/**
 * A sentence to an intent document: read it (the lexicon unless another
 * provider is given), start from the best-matching template, apply what it
 * says. Undefined when it names no application.
 */
export async function newIntent(
  sentence: string,
  provider: IntentProvider = LEXICON_PROVIDER,
): Promise<NewIntent | undefined> {
  const reading = await provider.read(cleanSentence(sentence));
  const choice = chooseTemplate(reading.facts);
  if (choice === undefined) return undefined;
  const built = buildIntent(choice, reading.facts);
  return {
    template: choice.template,
    because: choice.because,
    document: built.document,
    provenance: built.provenance,
    unused: reading.unused,
    notApplied: [...choice.outweighed, ...built.notApplied].sort((a, b) => a.start - b.start),
  };
}

/**
 * Control, format and line-breaking characters become spaces, one per code
 * unit, so offsets still point into what the user typed and no quoted
 * phrase can break a YAML comment line.
 */
export function cleanSentence(sentence: string): string {
  return sentence.replace(/[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (character) =>
    " ".repeat(character.length),
  );
}
