/**
 * Test-only child process: `node --import tsx write-tree-child.ts OUT FILES.json`
 * writes the files with writeOwnedTree, pausing where IDIO_TEST_PAUSE_AT says
 * (staging|commit) until a signal arrives, then ends as the CLI would
 * (re-raising the signal). The interruption tests signal it there.
 */
import { readFileSync } from "node:fs";
import type { EmittedFile } from "@idio-iac/emitters";
import { reraise } from "../signal-guard.js";
import { writeOwnedTree } from "../write-owned-tree.js";

const [out, list] = process.argv.slice(2) as [string, string];
const files = JSON.parse(readFileSync(list, "utf8")) as EmittedFile[];
const at = process.env.IDIO_TEST_PAUSE_AT;
const result = await writeOwnedTree(out, files, {
  hooks: {
    pause: async (point, signals) => {
      if (point !== at) return;
      process.stderr.write(`paused in ${point}\n`);
      const keepAlive = setInterval(() => undefined, 1000); // signal handlers alone do not
      await signals.next;
      clearInterval(keepAlive);
    },
  },
});
process.stdout.write(`${result.kind}\n`);
if (result.kind === "interrupted") reraise(result.signal);
if (result.kind === "written" && result.signal !== undefined) reraise(result.signal);
