import type { CliCommand } from "../command.js";

/** Every sub-command, in the order `idio --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [];
