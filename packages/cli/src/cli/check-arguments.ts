import { diagnostic } from "@idio-iac/core";
import {
  didYouMean,
  REGION_NAMES,
  renderDiagnostics,
  type Diagnostic,
  type DiagnosticCodeInfo,
} from "@idio-iac/intent-schema";
import { ArgumentCodes } from "./argument-codes.js";
import { useColor, type CliIo } from "./cli-io.js";
import { COMMAND_LINE, commandLineSource, locateOptionValue } from "./command-line-source.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/**
 * Option values are checked like intent fields: each problem is a diagnostic
 * with a code and a hint, first filed under the option (`--as-of`) with the
 * value it is about; `reportArgumentProblems` then locates it on the command
 * line. The checks return the problem, or undefined when the value is fine.
 */
export function argumentDiagnostic(
  info: DiagnosticCodeInfo,
  option: string,
  message: string,
  hint?: string,
  value?: string,
): ArgumentDiagnostic {
  return {
    ...diagnostic(info.code, { message, file: option, hint }),
    ...(value === undefined ? {} : { value }),
  };
}

/** A diagnostic about an option, with the value it is about (not rendered). */
export interface ArgumentDiagnostic extends Diagnostic {
  readonly value?: string;
}

/**
 * The problem pointed at on the command line (`<command line>`, line 1, the
 * column of the option's value), like a problem in an intent; unchanged when
 * the option is not found in `argv`.
 */
export function locateOnCommandLine(
  problem: ArgumentDiagnostic,
  argv: readonly string[],
): Diagnostic {
  const { value, ...diagnostic } = problem;
  const source = commandLineSource(argv);
  const at = locateOptionValue(argv, source, problem.file, value);
  if (at === undefined) return diagnostic;
  return {
    ...diagnostic,
    file: COMMAND_LINE,
    line: 1,
    column: at.column,
    endLine: 1,
    endColumn: at.column + at.width,
  };
}

/** Prints the problems (text or JSON, like every other diagnostic) and returns exit code 2. */
export function reportArgumentProblems(
  problems: readonly ArgumentDiagnostic[],
  io: CliIo,
  format: string = "text",
): ExitCodeValue {
  const argv = io.argv ?? [];
  const located = problems.map((problem) => locateOnCommandLine(problem, argv));
  const sources = new Map([[COMMAND_LINE, commandLineSource(argv).text]]);
  io.stderr(
    renderDiagnostics(
      located,
      format === "text" ? { format: "text", sources, color: useColor(io) } : { format: "json" },
    ),
  );
  return ExitCode.InvalidInput;
}

/** `value` must be one of `choices`; the hint suggests the closest (a typo, a case slip, an abbreviation). */
export function checkChoice(
  option: string,
  value: string,
  choices: readonly string[],
  what: string,
): ArgumentDiagnostic | undefined {
  if (choices.includes(value)) return undefined;
  const suggestion = didYouMean(value, choices);
  return argumentDiagnostic(
    ArgumentCodes.UnknownChoice,
    option,
    `Unknown ${what} ${JSON.stringify(clip(value))}.`,
    `${suggestion === undefined ? "" : `${suggestion} `}Expected one of ${choices.join(", ")}.`,
    value,
  );
}

export function checkRegion(option: string, value: string): ArgumentDiagnostic | undefined {
  return checkChoice(option, value, REGION_NAMES, "region");
}

/** A calendar date written YYYY-MM-DD that exists (no 2024-02-30, no 2023-02-29). */
export function checkDate(option: string, value: string): ArgumentDiagnostic | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const problem = (why: string) =>
    argumentDiagnostic(
      ArgumentCodes.BadDate,
      option,
      `${option} ${JSON.stringify(clip(value))} ${why}.`,
      "Write a date that exists, as YYYY-MM-DD, e.g. 2026-03-31.",
      value,
    );
  if (!match) return problem("is not a date written YYYY-MM-DD");
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return problem(`has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month))
    return problem(
      `has no day ${day}: month ${month} of ${year} has ${daysInMonth(year, month)} days`,
    );
  return undefined;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface NumberRange {
  readonly minimum: number;
  readonly maximum: number;
  readonly integer?: boolean;
}

/**
 * A plain finite decimal within the range; `what` names it in the message,
 * `typed` is the option's whole value when `raw` is part of it (`key=raw`).
 */
export function parseNumberArgument(
  option: string,
  what: string,
  raw: string,
  range: NumberRange,
  typed: string = raw,
): { value: number } | { problem: ArgumentDiagnostic } {
  const value = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  const allowed = `${range.integer ? "a whole number" : "a number"} from ${range.minimum.toLocaleString("en-US")} to ${range.maximum.toLocaleString("en-US")}`;
  if (
    !Number.isFinite(value) ||
    value < range.minimum ||
    value > range.maximum ||
    (range.integer === true && !Number.isInteger(value))
  ) {
    return {
      problem: argumentDiagnostic(
        ArgumentCodes.NumberOutOfRange,
        option,
        `${what} must be ${allowed}, not ${JSON.stringify(clip(raw))}.`,
        `Give ${what} ${allowed}.`,
        typed,
      ),
    };
  }
  return { value };
}

/** `key=value` split at the first `=`, or a problem naming the expected form. */
export function splitSetting(
  option: string,
  setting: string,
  example: string,
): { key: string; raw: string } | { problem: ArgumentDiagnostic } {
  const at = setting.indexOf("=");
  if (at <= 0 || setting.slice(at + 1).trim() === "") {
    return {
      problem: argumentDiagnostic(
        ArgumentCodes.BadSetting,
        option,
        `${option} takes key=value, got ${JSON.stringify(clip(setting))}.`,
        `For example ${option} ${example}.`,
        setting,
      ),
    };
  }
  return { key: setting.slice(0, at), raw: setting.slice(at + 1) };
}

/** Long arguments are shown clipped: a report stays readable whatever was typed. */
function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
