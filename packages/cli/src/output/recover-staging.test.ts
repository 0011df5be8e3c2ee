import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recoverStaging } from "./recover-staging.js";
import { emitted, expectWhole, snapshot } from "./test-support/output-tree.js";
import { writeOwnedTree } from "./write-owned-tree.js";

const journal = (pid: number, phase: string) =>
  JSON.stringify({
    format: 1,
    pid,
    phase,
    manifestSha256: "",
    writes: [],
    removals: [],
    createDirs: [],
  });

describe("a staging directory left in the output", () => {
  let out: string;
  beforeEach(async () => {
    out = join(mkdtempSync(join(tmpdir(), "idio-staging-")), "out");
    await writeOwnedTree(out, emitted({ "plan.json": "{}\n" }));
    mkdirSync(join(out, ".idio-staging/new"), { recursive: true });
    writeFileSync(join(out, ".idio-staging/new/plan.json"), "half");
  });
  afterEach(() => rmSync(join(out, ".."), { recursive: true, force: true }));

  it("of a run still alive is left alone, and the compile refused (IDIO713)", async () => {
    writeFileSync(join(out, ".idio-staging/journal.json"), journal(1, "staging"));
    const before = snapshot(out);
    expect(await recoverStaging(out)).toEqual({ kind: "busy", pid: 1 });
    const result = await writeOwnedTree(out, emitted({ "plan.json": "{}\n" }));
    expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO713" } } });
    expect(snapshot(out)).toEqual(before);
  });

  it("without a journal IDIO can read is not recognised, and left alone (IDIO713)", async () => {
    writeFileSync(join(out, ".idio-staging/journal.json"), "{ not json");
    const before = snapshot(out);
    const result = await writeOwnedTree(out, emitted({ "plan.json": "{}\n" }));
    expect(result).toMatchObject({ kind: "refused", problem: { info: { code: "IDIO713" } } });
    expect(result.kind === "refused" && result.problem.message).toContain(
      "no journal IDIO can read",
    );
    expect(snapshot(out)).toEqual(before);
  });

  it("of a dead run that was still staging is removed, and the compile goes on", async () => {
    writeFileSync(join(out, ".idio-staging/journal.json"), journal(2 ** 30, "staging"));
    const result = await writeOwnedTree(out, emitted({ "plan.json": '{"b":1}\n' }));
    expect(result.kind).toBe("written");
    expectWhole(out);
  });
});
