import { INTENT_JSON_SCHEMA } from "@idio-iac/intent-schema";
import type { CliCommand } from "../command.js";
import { ExitCode } from "../exit-codes.js";

/** `idio schema`: prints the intent's JSON Schema (draft 2020-12), e.g. for editors. */
export const schemaCommand: CliCommand = {
  register(program, io, done) {
    program
      .command("schema")
      .description("print the intent JSON Schema (draft 2020-12)")
      .action(() => {
        io.stdout(`${JSON.stringify(INTENT_JSON_SCHEMA, null, 2)}\n`);
        done(ExitCode.Ok);
      });
  },
};
