/** The command line as one line of text, so a diagnostic about an argument can point at its column. */
export interface CommandLineSource {
  readonly text: string;
  /** 1-based column where argument `index` (of argv) starts in `text`. */
  readonly columns: readonly number[];
}

export const COMMAND_LINE = "<command line>";

/** `idio compile a.yaml --out ''`: arguments joined, quoted when empty or holding spaces or quotes. */
export function commandLineSource(argv: readonly string[]): CommandLineSource {
  let text = "idio";
  const columns: number[] = [];
  for (const argument of argv) {
    text += " ";
    columns.push(text.length + 1);
    text += /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replaceAll("'", `'\\''`)}'`;
  }
  return { text, columns };
}

/**
 * Column and width of the value of the last `option` (`--out DIR` or
 * `--out=DIR`), if there is one; with `value`, of the last occurrence with
 * that value (a repeated option such as `--assume`).
 */
export function locateOptionValue(
  argv: readonly string[],
  source: CommandLineSource,
  option: string,
  value?: string,
): { column: number; width: number } | undefined {
  for (let index = argv.length - 1; index >= 0; index--) {
    const argument = argv[index] ?? "";
    const column = source.columns[index] ?? 1;
    const next = argv[index + 1];
    if (value !== undefined && argument !== `${option}=${value}` && next !== value) continue;
    if (argument.startsWith(`${option}=`))
      return {
        column: column + option.length + 1,
        width: Math.max(1, argument.length - option.length - 1),
      };
    if (argument === option && index + 1 < argv.length)
      return {
        column: source.columns[index + 1] ?? 1,
        width: Math.max(2, (argv[index + 1] ?? "").length),
      };
  }
  return undefined;
}
