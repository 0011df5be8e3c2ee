import type { CliCommand } from "../command.js";

/** A sub-command and how to load it: only the command being run is imported. */
export interface CommandEntry {
  readonly name: string;
  readonly load: () => Promise<CliCommand>;
}

/**
 * Every sub-command, in the order `idio --help` lists them. Loading is lazy
 * so `idio validate` never pays for the emitters (cdktf) or the policy engine.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: "new", load: async () => (await import("./new.js")).newCommand },
  { name: "validate", load: async () => (await import("./validate.js")).validateCommand },
  { name: "plan", load: async () => (await import("./plan.js")).planCommand },
  { name: "diff", load: async () => (await import("./diff.js")).diffCommand },
  { name: "compile", load: async () => (await import("./compile.js")).compileCommand },
  { name: "explain", load: async () => (await import("./explain.js")).explainCommand },
  { name: "cost", load: async () => (await import("./cost.js")).costCommand },
  { name: "templates", load: async () => (await import("./templates.js")).templatesCommand },
  { name: "prices", load: async () => (await import("./prices.js")).pricesCommand },
  { name: "policy", load: async () => (await import("./policy.js")).policyCommand },
  { name: "rules", load: async () => (await import("./rules.js")).rulesCommand },
  { name: "schema", load: async () => (await import("./schema.js")).schemaCommand },
];

/**
 * The commands a command line needs: just the named one when argv starts
 * with a known command, else all of them (for help and suggestions).
 */
export function commandsFor(argv: readonly string[]): readonly CommandEntry[] {
  const first = argv.find((arg) => !arg.startsWith("-"));
  const named = COMMANDS.find((entry) => entry.name === first);
  return named !== undefined && argv[0] === first ? [named] : COMMANDS;
}
