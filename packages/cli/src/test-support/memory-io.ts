import type { CliIo } from "../cli/cli-io.js";

/** A CliIo that records what a command prints, for in-process CLI tests. */
export function memoryIo(
  options: { cwd?: string; env?: Record<string, string>; isTTY?: boolean } = {},
) {
  let out = "";
  let err = "";
  const io: CliIo = {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd: options.cwd ?? process.cwd(),
    env: { NO_COLOR: "1", ...options.env },
    isTTY: options.isTTY ?? false,
  };
  return {
    io,
    get stdout() {
      return out;
    },
    get stderr() {
      return err;
    },
  };
}
