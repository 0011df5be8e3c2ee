import type { CliCommand } from "../command.js";
import { compileCommand } from "./compile.js";
import { costCommand } from "./cost.js";
import { explainCommand } from "./explain.js";
import { planCommand } from "./plan.js";
import { policyCommand } from "./policy.js";
import { pricesCommand } from "./prices.js";
import { rulesCommand } from "./rules.js";
import { schemaCommand } from "./schema.js";
import { templatesCommand } from "./templates.js";
import { validateCommand } from "./validate.js";

/** Every sub-command, in the order `idio --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  planCommand,
  compileCommand,
  explainCommand,
  costCommand,
  templatesCommand,
  pricesCommand,
  policyCommand,
  rulesCommand,
  schemaCommand,
];
