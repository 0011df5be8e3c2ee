import type { CliCommand } from "../command.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/** Every sub-command, in the order `idio --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [validateCommand, schemaCommand];
