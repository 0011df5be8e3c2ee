import { codeInfos, type DiagnosticCodeInfo } from "@idio-iac/core";

/**
 * Diagnostics of `idio compile`'s output directory (IDIO700–IDIO719): which
 * `--out` is refused, and what stops a recompile from touching a file.
 * Severity and title are in core's registry, documented in docs/diagnostics.md, "Output and command line" (core's
 * registry test keeps the two in step).
 */
export const OutputCodes = codeInfos({
  EmptyOut: "IDIO700",
  OutIsWorkingDirectory: "IDIO701",
  OutHoldsIntent: "IDIO702",
  OutIsGitRoot: "IDIO703",
  OutIsFilesystemRoot: "IDIO704",
  OutIsSystemPath: "IDIO705",
  OutNotDirectory: "IDIO706",
  OutNotOwned: "IDIO707",
  BadManifest: "IDIO708",
  EditedFiles: "IDIO709",
  PathTaken: "IDIO710",
  OverwroteEdited: "IDIO711",
  KeptEdited: "IDIO712",
  StagingInUse: "IDIO713",
  WriteFailed: "IDIO714",
  Interrupted: "IDIO715",
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
