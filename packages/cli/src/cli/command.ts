import type { Command } from "commander";
import type { CliIo } from "./cli-io.js";
import type { ExitCodeValue } from "./exit-codes.js";

/**
 * One `idio` sub-command per file under commands/. `register` adds it to the
 * program; its action resolves to the process exit code.
 */
export interface CliCommand {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void;
}
