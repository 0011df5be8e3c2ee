/** Exit codes shared by every `idio` command. */
export const ExitCode = {
  /** Everything passed. */
  Ok: 0,
  /** A gate failed: policy findings at or above --fail-on, or over budget with --fail-on-budget. */
  GateFailed: 1,
  /** Invalid input or usage: the file, its contents or the command line. */
  InvalidInput: 2,
  /** A bug in IDIO. */
  InternalError: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
