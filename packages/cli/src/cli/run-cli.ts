import { Command, CommanderError } from "commander";
import { escapeForTerminal } from "@idio-iac/intent-schema";
import type { CliIo } from "./cli-io.js";
import { commandsFor } from "./commands/index.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";
import { IDIO_VERSION } from "idio-iac";

/** Runs the `idio` CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCodeValue> {
  let exitCode: ExitCodeValue = ExitCode.Ok;
  const program = new Command("idio")
    .description(
      "Compile an application intent into secure, costed, policy-checked AWS infrastructure.",
    )
    .version(IDIO_VERSION)
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Commander quotes the arguments it rejects; they are the user's, so escaped line by line.
      outputError: (text, write) => write(escapeLines(text)),
    });
  try {
    const commands = await Promise.all(commandsFor(argv).map((entry) => entry.load()));
    for (const command of commands) {
      command.register(program, { ...io, argv }, (code) => {
        exitCode = code;
      });
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, successfully.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.InvalidInput;
    }
    io.stderr(
      `idio: internal error: ${escapeLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n` +
        "This is a bug in IDIO; please report it with the command and input that caused it.\n",
    );
    return ExitCode.InternalError;
  }
}

/** Multi-line text for a terminal: each line escaped, the line breaks kept. */
function escapeLines(text: string): string {
  return text.split("\n").map(escapeForTerminal).join("\n");
}
