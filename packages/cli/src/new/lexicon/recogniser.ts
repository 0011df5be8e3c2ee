import type { Meaning } from "../fact.js";

/**
 * One entry of the lexicon: a pattern over the sentence and what a match
 * means. `read` may decline a match (undefined), e.g. a region code AWS does
 * not have. Patterns are case-insensitive and global.
 */
export interface Recogniser {
  readonly concept: string;
  readonly pattern: RegExp;
  /** Breaks ties between equally long matches of the same words: higher wins. */
  readonly priority?: number;
  read(match: RegExpExecArray): Meaning | undefined;
}

const LETTER_OR_DIGIT = "[\\p{L}\\p{N}]";

/**
 * A pattern matching any of `phrases` as whole words. In a phrase a space
 * matches any run of spaces or hyphens ("web app", "web-app"), and a hyphen
 * matches a hyphen, a space or nothing ("e-commerce", "e commerce", "ecommerce").
 */
export function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split("")
        .map((character) => {
          if (character === " ") return "[\\s-]+";
          if (character === "-") return "[\\s-]?";
          return character.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
        })
        .join(""),
    );
  return new RegExp(
    `(?<!${LETTER_OR_DIGIT})(?:${alternatives.join("|")})(?!${LETTER_OR_DIGIT})`,
    "giu",
  );
}

/** Recognisers for a table of phrases, each row meaning one thing. */
export function phraseTable(
  concept: string,
  rows: readonly (readonly [readonly string[], Meaning])[],
  priority?: number,
): Recogniser[] {
  return rows.map(([phrases, meaning]) => ({
    concept,
    pattern: phrasePattern(phrases),
    ...(priority === undefined ? {} : { priority }),
    read: () => meaning,
  }));
}

/** "1,500" → 1500, "2.5" → 2.5; undefined for anything else. */
export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replaceAll(",", ""));
  return Number.isFinite(value) ? value : undefined;
}

/** Written-out small numbers, for "three nines", "two regions". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
