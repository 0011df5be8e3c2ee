import type { Fact, UnusedWords } from "./fact.js";
import { matchSentence } from "./matcher.js";

/** What a provider understood of a sentence: facts, each quoting its words, and the words left over. */
export interface SentenceReading {
  readonly facts: readonly Fact[];
  readonly unused: readonly UnusedWords[];
}

/**
 * Turns a sentence into facts. The lexicon provider below is the default and
 * the only one: deterministic, offline, no model. The interface leaves room
 * for an optional language-model provider later; whatever it is, it must
 * return facts that quote the sentence's own words (`start`/`end` offsets),
 * so every field keeps saying which words set it, and list what it did not use.
 */
export interface IntentProvider {
  readonly id: string;
  read(sentence: string): Promise<SentenceReading>;
}

export const LEXICON_PROVIDER: IntentProvider = {
  id: "lexicon",
  read: (sentence) => Promise.resolve(matchSentence(sentence)),
};
