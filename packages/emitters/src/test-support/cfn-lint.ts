import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { EmittedFile } from "../emitted-file.js";

const run = promisify(execFile);

/** Why cfn-lint tests cannot run here, or undefined when they can. */
export function cfnLintMissing(): string | undefined {
  const version = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" });
  return version.status === 0 ? undefined : "cfn-lint is not on PATH";
}

export interface CfnLintMatch {
  readonly file: string;
  readonly level: "Error" | "Warning" | "Informational";
  readonly rule: string;
  readonly message: string;
  readonly path: string;
}

/**
 * Lints many templates in one cfn-lint process (it takes seconds to start).
 * `sets` maps a label to its emitted files; results come back per label.
 */
export async function cfnLint(
  sets: ReadonlyMap<string, readonly EmittedFile[]>,
): Promise<Map<string, CfnLintMatch[]>> {
  const root = mkdtempSync(join(tmpdir(), "idio-cfn-"));
  const byFile = new Map<string, string>();
  try {
    let index = 0;
    for (const [label, files] of sets) {
      for (const file of files) {
        // template, template-dr, template-edge and their nested stacks (template-dr-2, …).
        if (!/template(-[\w-]+)?\.(json|yaml)$/.test(file.path)) continue;
        const path = join(root, String(index++), file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
        byFile.set(path, label);
      }
    }
    let stdout: string;
    try {
      ({ stdout } = await run("cfn-lint", ["--format", "json", "--", ...byFile.keys()], {
        maxBuffer: 256 * 1024 * 1024,
      }));
    } catch (error) {
      // cfn-lint exits non-zero when it finds anything; its report is still on stdout.
      const failure = error as { stdout?: string; stderr?: string };
      if (!failure.stdout)
        throw new Error(`cfn-lint failed: ${failure.stderr ?? ""}`, { cause: error });
      stdout = failure.stdout;
    }
    const matches = JSON.parse(stdout) as {
      Filename: string;
      Level: CfnLintMatch["level"];
      Rule: { Id: string };
      Message: string;
      Location: { Path?: (string | number)[] };
    }[];
    const results = new Map<string, CfnLintMatch[]>([...sets.keys()].map((label) => [label, []]));
    for (const match of matches) {
      const label =
        byFile.get(match.Filename) ??
        [...byFile.entries()].find(([path]) => match.Filename.endsWith(path))?.[1];
      results.get(label ?? "?")?.push({
        file: match.Filename.slice(root.length + 1),
        level: match.Level,
        rule: match.Rule.Id,
        message: match.Message,
        path: (match.Location.Path ?? []).join("/"),
      });
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
