import { commandLineSource, type CommandLineSource } from "../cli/command-line-source.js";

/** Options of `idio new` that take a value, so their values are not part of the sentence. */
const VALUE_OPTIONS = new Set(["-o", "--output", "--format"]);

/**
 * Where each character of the sentence is on the command line, so a
 * diagnostic about some words can underline them: the sentence is its
 * argument(s) joined by spaces, and `argv` is what runCli was given.
 */
export function sentenceLocator(argv: readonly string[]): {
  readonly source: CommandLineSource;
  /** 1-based column of sentence offset `offset`. */
  column(offset: number): number;
} {
  const source = commandLineSource(argv);
  const parts: { index: number; start: number; text: string }[] = [];
  let offset = 0;
  let afterDashes = false;
  for (let index = argv.indexOf("new") + 1; index > 0 && index < argv.length; index++) {
    const argument = argv[index]!;
    if (!afterDashes && argument === "--") {
      afterDashes = true;
      continue;
    }
    if (!afterDashes && argument.startsWith("-") && argument.length > 1) {
      if (VALUE_OPTIONS.has(argument)) index++;
      continue;
    }
    parts.push({ index, start: offset, text: argument });
    offset += argument.length + 1;
  }
  return {
    source,
    column(at: number) {
      const part = [...parts].reverse().find((candidate) => candidate.start <= at);
      if (part === undefined) return 1;
      const local = Math.min(at - part.start, part.text.length);
      const base = source.columns[part.index] ?? 1;
      const quoted = source.text.charAt(base - 1) === "'";
      // Inside quotes each ' is written '\'' (three more characters).
      const quotesBefore = quoted ? (part.text.slice(0, local).match(/'/g)?.length ?? 0) : 0;
      return base + (quoted ? 1 : 0) + local + quotesBefore * 3;
    },
  };
}
