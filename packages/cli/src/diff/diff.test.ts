import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { plan, planToJson } from "idio-iac";
import { ExitCode } from "../cli/exit-codes.js";
import { runCli } from "../cli/run-cli.js";
import { memoryIo } from "../test-support/memory-io.js";
import { diffPlans } from "./diff-plans.js";
import { renderDiffMarkdown } from "./render-diff-markdown.js";
import { renderDiffText } from "./render-diff-text.js";
import { usd, signedUsd } from "./format-money.js";
import { absentPlan } from "./plan-from-text.js";
import { diffValues } from "./property-paths.js";

const GOLDEN = fileURLToPath(new URL("./golden/", import.meta.url));
const text = (name: string) => readFileSync(join(GOLDEN, name), "utf8");
const planOf = (name: string) =>
  plan(text(name), { fileName: name, fix: false, today: "2026-06-01" }).plan!;

describe("diffValues", () => {
  it("names every changed leaf by a JSON path, quoting keys that are not identifiers", () => {
    expect(
      diffValues(
        { props: { a: 1, list: [1, 2, 3], tags: { "idio:tier": "x" }, gone: true } },
        { props: { a: 2, list: [1, 5], tags: { "idio:tier": "y" }, added: null } },
      ),
    ).toEqual([
      { path: "$.props.a", before: 1, after: 2 },
      { path: "$.props.added", after: null },
      { path: "$.props.gone", before: true },
      { path: "$.props.list[1]", before: 2, after: 5 },
      { path: "$.props.list[2]", before: 3 },
      { path: '$.props.tags["idio:tier"]', before: "x", after: "y" },
    ]);
  });

  it("reports a value whose type changed once, and nothing for equal values", () => {
    expect(diffValues({ a: [1] }, { a: { 0: 1 } })).toEqual([
      { path: "$.a", before: [1], after: { 0: 1 } },
    ]);
    expect(diffValues({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toEqual([]);
  });
});

describe("money", () => {
  it("rounds micro-dollars to the cent and signs changes", () => {
    expect(usd(1_234_565_000)).toBe("$1,234.57");
    expect(signedUsd(-4_999)).toBe("$0.00");
    expect(signedUsd(-5_000)).toBe("-$0.01");
    expect(signedUsd(10_000)).toBe("+$0.01");
  });
});

describe("diffPlans", () => {
  it("finds no change between a plan and itself", () => {
    const head = planOf("head.yaml");
    const diff = diffPlans(head, head, { baseLabel: "a", headLabel: "b", today: "2026-01-01" });
    expect(diff.empty).toBe(true);
    expect(diff.resources.unchanged).toBe(head.graph.nodes.length);
    expect(diff.findings.unchanged).toBe(1);
    expect(diff.findings.open).toEqual({ medium: 1 });
  });

  it("keys findings by rule and resource and waivers by rule, resource and expiry", () => {
    const base = planOf("base.yaml");
    const head = planOf("head.yaml");
    const diff = diffPlans(base, head, {
      baseLabel: "base",
      headLabel: "head",
      today: "2026-06-01",
    });
    expect(diff.findings.new.map((f) => [f.ruleId, f.resourceId, f.line])).toEqual([
      ["IDIO-SNS-001", "ops.alarms.topic", expect.any(Number)],
    ]);
    expect(diff.waivers.added.map((w) => w.rule)).toEqual(["IDIO-BKP-001"]);
    expect(diff.waivers.removed.map((w) => w.rule)).toEqual(["IDIO-S3-004"]);
    expect(diff.waivers.expired.map((w) => w.expires)).toEqual(["2026-01-31"]);
    // Before the expiry date the waiver is in force.
    expect(
      diffPlans(base, head, { baseLabel: "b", headLabel: "h", today: "2026-01-31" }).waivers
        .expired,
    ).toEqual([]);
    expect(diff.cost.total.deltaMicros).toBe(
      diff.cost.total.afterMicros - diff.cost.total.beforeMicros,
    );
  });

  it("treats an intent that is new as every resource added, priced from nothing", () => {
    const head = planOf("head.yaml");
    const diff = diffPlans(absentPlan(head), head, { baseLabel: "(none)", headLabel: "head" });
    expect(diff.resources.added).toHaveLength(head.graph.nodes.length);
    expect(diff.cost.deltaPercent).toBeNull();
    expect(diff.waivers.added).toHaveLength(1);
  });
});

describe("hostile text from an intent", () => {
  it("reaches the terminal escaped and Markdown as the text it was", () => {
    const base = planOf("base.yaml");
    const hostile = text("head.yaml").replace(
      "reason: Backups are taken by the platform team's own tooling (OPS-42).",
      'reason: "evil \\u001b[31m | <img src=x> [link](http://x) \\u202e"',
    );
    const head = plan(hostile, { fileName: "head.yaml", fix: false, today: "2026-06-01" }).plan!;
    const diff = diffPlans(base, head, { baseLabel: "b", headLabel: "h", today: "2026-06-01" });
    const textOut = renderDiffText(diff);
    const raw = (out: string) => out.includes("\u001b") || out.includes("\u202e");
    expect(raw(textOut)).toBe(false);
    expect(textOut).toContain("evil \\x1b[31m | <img src=x>");
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain("evil \\\\x1b\\[31m \\| &lt;img src=x&gt; \\[link\\](http://x)");
    expect(raw(markdown) || markdown.includes("<img")).toBe(false);
  });
});

describe("idio diff", () => {
  it("takes a saved plan.json on either side and gives the same diff as the intents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-diff-"));
    const base = plan(text("base.yaml"), {
      fileName: "base.yaml",
      fix: false,
      today: "2026-06-01",
    });
    writeFileSync(join(dir, "base.plan.json"), planToJson(base.plan!));
    writeFileSync(join(dir, "head.yaml"), text("head.yaml"));
    writeFileSync(join(dir, "base.yaml"), text("base.yaml"));
    const fromSaved = memoryIo({ cwd: dir });
    const args = ["--format", "json", "--no-fix", "--as-of", "2026-06-01"];
    expect(await runCli(["diff", "base.plan.json", "head.yaml", ...args], fromSaved.io)).toBe(
      ExitCode.Ok,
    );
    const fromIntent = memoryIo({ cwd: dir });
    expect(await runCli(["diff", "base.yaml", "head.yaml", ...args], fromIntent.io)).toBe(
      ExitCode.Ok,
    );
    const strip = (json: string) => ({ ...JSON.parse(json), base: undefined });
    expect(strip(fromSaved.stdout)).toEqual(strip(fromIntent.stdout));
  });

  it("refuses a JSON file that looks like a plan but is not one (IDIO740, exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "idio-diff-"));
    writeFileSync(join(dir, "plan.json"), JSON.stringify({ intent: {}, graph: { nodes: "x" } }));
    writeFileSync(join(dir, "head.yaml"), text("head.yaml"));
    const run = memoryIo({ cwd: dir });
    expect(await runCli(["diff", "plan.json", "head.yaml"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stderr).toContain("IDIO740");
    expect(run.stderr).toContain(
      "plan.json looks like a saved plan, but `graph.nodes` is not a list.",
    );
    expect(run.stdout).toBe("");
  });

  it("exits 1 with --fail-on when a new finding is that severe, 0 when none is", async () => {
    const run = memoryIo({ cwd: GOLDEN });
    const args = ["diff", "base.yaml", "head.yaml", "--no-fix", "--as-of", "2026-06-01"];
    expect(await runCli([...args, "--fail-on", "medium"], run.io)).toBe(ExitCode.GateFailed);
    expect(run.stderr).toContain("gate failed: 1 new finding at or above medium");
    const high = memoryIo({ cwd: GOLDEN });
    expect(await runCli([...args, "--fail-on", "high"], high.io)).toBe(ExitCode.Ok);
  });

  it("exits 2 for a missing file and says which", async () => {
    const run = memoryIo({ cwd: GOLDEN });
    expect(await runCli(["diff", "nope.yaml", "head.yaml"], run.io)).toBe(ExitCode.InvalidInput);
    expect(run.stderr).toContain("nope.yaml does not exist.");
  });
});
