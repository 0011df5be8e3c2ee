import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../test-support/memory-io.js";
import { IDIO_VERSION } from "idio-iac";
import { ExitCode } from "./exit-codes.js";
import { COMMANDS, commandsFor } from "./commands/index.js";
import { runCli } from "./run-cli.js";

describe("idio CLI", () => {
  it("prints help and exits 0", async () => {
    const run = memoryIo();
    expect(await runCli(["--help"], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout).toContain("Usage: idio");
  });

  it("prints the package version", async () => {
    const run = memoryIo();
    expect(await runCli(["--version"], run.io)).toBe(ExitCode.Ok);
    expect(run.stdout.trim()).toBe(IDIO_VERSION);
    const manifest = JSON.parse(
      readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
    );
    expect(IDIO_VERSION).toBe(manifest.version);
  });

  it("treats an unknown command as a usage error (exit 2)", async () => {
    const run = memoryIo();
    expect(await runCli(["frobnicate"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stderr).toMatch(/error/i);
  });

  it("lists every command in help", async () => {
    const run = memoryIo();
    expect(await runCli(["--help"], run.io)).toBe(ExitCode.Ok);
    for (const entry of COMMANDS)
      expect(run.stdout).toMatch(new RegExp(`^  ${entry.name}\\b`, "m"));
  });

  it("loads only the command being run", () => {
    expect(commandsFor(["validate", "a.yaml", "--format", "json"]).map((e) => e.name)).toEqual([
      "validate",
    ]);
    expect(commandsFor(["--help"])).toBe(COMMANDS);
    expect(commandsFor(["--no-color", "validate"])).toBe(COMMANDS);
    expect(commandsFor(["frobnicate"])).toBe(COMMANDS);
  });
});
