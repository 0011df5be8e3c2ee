import type { DiagnosticCodeInfo } from "@idio-iac/intent-schema";

const define = <const T extends Record<string, DiagnosticCodeInfo>>(codes: T): T => codes;

/**
 * Diagnostics of `idio compile`'s output directory (IDIO700–IDIO719): which
 * `--out` is refused, and what stops a recompile from touching a file.
 * Documented in docs/diagnostics.md, "Output and command line" (a test
 * keeps the two in step).
 */
export const OutputCodes = define({
  EmptyOut: { code: "IDIO700", severity: "error", title: "Output directory is empty" },
  OutIsWorkingDirectory: {
    code: "IDIO701",
    severity: "error",
    title: "Output directory is the working directory",
  },
  OutHoldsIntent: {
    code: "IDIO702",
    severity: "error",
    title: "Output directory holds the intent",
  },
  OutIsGitRoot: {
    code: "IDIO703",
    severity: "error",
    title: "Output directory is a git work tree",
  },
  OutIsFilesystemRoot: {
    code: "IDIO704",
    severity: "error",
    title: "Output directory is the filesystem root",
  },
  OutIsSystemPath: {
    code: "IDIO705",
    severity: "error",
    title: "Output directory is under /proc, /sys or /dev",
  },
  OutNotDirectory: { code: "IDIO706", severity: "error", title: "Output path is not a directory" },
  OutNotOwned: { code: "IDIO707", severity: "error", title: "Output directory is not IDIO's" },
  BadManifest: { code: "IDIO708", severity: "error", title: "Output manifest is invalid" },
  EditedFiles: { code: "IDIO709", severity: "error", title: "Generated files were edited" },
  PathTaken: {
    code: "IDIO710",
    severity: "error",
    title: "A path IDIO writes is taken",
  },
  OverwroteEdited: {
    code: "IDIO711",
    severity: "warning",
    title: "Edited files overwritten (--force)",
  },
  KeptEdited: { code: "IDIO712", severity: "warning", title: "Edited file kept" },
  StagingInUse: {
    code: "IDIO713",
    severity: "error",
    title: "Another compile is writing the output",
  },
  WriteFailed: { code: "IDIO714", severity: "error", title: "Output could not be written" },
  Interrupted: { code: "IDIO715", severity: "error", title: "Interrupted" },
});

export const OUTPUT_DIAGNOSTIC_CODES: readonly DiagnosticCodeInfo[] = Object.values(OutputCodes);

/** Why an output cannot be written, before it is turned into a located diagnostic. */
export interface OutputProblem {
  readonly info: DiagnosticCodeInfo;
  readonly message: string;
  readonly hint: string;
  /** The output paths concerned (edited or taken files), relative to the output directory. */
  readonly paths?: readonly string[];
}
