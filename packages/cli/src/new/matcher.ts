import type { Fact, UnusedWords } from "./fact.js";
import { FILLER_WORDS, LEXICON, type Recogniser } from "./lexicon/index.js";

export interface Matched {
  /** What the sentence says, in sentence order, each with the words that said it. */
  readonly facts: readonly Fact[];
  /** Words that set nothing (filler words aside), in sentence order. */
  readonly unused: readonly UnusedWords[];
}

interface Candidate {
  readonly fact?: Fact;
  readonly concept: string;
  readonly start: number;
  readonly end: number;
  readonly priority: number;
}

/**
 * Reads a sentence against the lexicon. Every recogniser proposes matches;
 * the longest match wins a stretch of words (then the higher priority, then
 * the earlier one), and no two facts share a word, so each word sets at most
 * one thing and is either quoted by a fact or reported unused.
 */
export function matchSentence(sentence: string, lexicon: readonly Recogniser[] = LEXICON): Matched {
  const candidates: Candidate[] = [];
  const declined: Candidate[] = [];
  for (const recogniser of lexicon) {
    for (const match of sentence.matchAll(recogniser.pattern)) {
      const words = match[0].trimEnd();
      if (words === "") continue;
      const start = match.index;
      const end = start + words.length;
      const meaning = recogniser.read(match);
      const candidate = {
        concept: recogniser.concept,
        start,
        end,
        priority: recogniser.priority ?? 0,
      };
      if (meaning === undefined) declined.push(candidate);
      else candidates.push({ ...candidate, fact: { meaning, words, start, end } });
    }
  }
  candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  // Which characters a fact already holds: linear in the sentence, however many facts.
  const held = new Uint8Array(sentence.length);
  const isHeld = (span: { start: number; end: number }) =>
    held.subarray(span.start, span.end).includes(1);
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    if (isHeld(candidate)) continue;
    taken.push(candidate);
    held.fill(1, candidate.start, candidate.end);
  }
  const facts = taken.map((candidate) => candidate.fact!).sort((a, b) => a.start - b.start);

  const declinedAt = new Int32Array(sentence.length).fill(-1);
  declined.forEach((candidate, index) => {
    for (let at = candidate.start; at < candidate.end; at++)
      if (declinedAt[at] === -1) declinedAt[at] = index;
  });
  const unused: UnusedWords[] = [];
  for (const word of words(sentence)) {
    if (isHeld(word)) continue;
    if (FILLER_WORDS.has(word.text.toLowerCase())) continue;
    const nearIndex = declinedAt.subarray(word.start, word.end).find((index) => index >= 0);
    const near = nearIndex === undefined ? undefined : declined[nearIndex];
    unused.push({
      words: word.text,
      start: word.start,
      end: word.end,
      ...(near === undefined
        ? {}
        : { reason: `reads like a ${near.concept}, but not one IDIO can use` }),
    });
  }
  return { facts, unused };
}

/** The sentence's words with their offsets, without surrounding punctuation. */
function words(sentence: string): { text: string; start: number; end: number }[] {
  const result: { text: string; start: number; end: number }[] = [];
  for (const match of sentence.matchAll(/[^\s]+/gu)) {
    const raw = match[0];
    const leading = /^[^\p{L}\p{N}$#]*/u.exec(raw)![0].length;
    const trailing = /[^\p{L}\p{N}%#+]*$/u.exec(raw.slice(leading))![0].length;
    const text = raw.slice(leading, raw.length - trailing);
    if (text === "") continue;
    const start = match.index + leading;
    result.push({ text, start, end: start + text.length });
  }
  return result;
}
