export { runCli } from "./cli/run-cli.js";
export type { CliIo } from "./cli/cli-io.js";
export { ExitCode } from "./cli/exit-codes.js";
export { IDIO_VERSION } from "./version.js";
