import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { opaBinary, policyRegoDir } from "@idio-iac/testing";
import { buildTestBundle } from "@idio-iac/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../test-support/memory-io.js";
import { runCli } from "./run-cli.js";

/**
 * Characters that must never reach a terminal raw from user text: C0 controls
 * (ESC, NUL, CR, …) but the line feed, DEL, C1 (U+0085, CSI U+009B), bidi
 * overrides and isolates, zero-width characters, line separators, BOM.
 */
const RAW =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** IDIO's own colours (SGR), the only escape sequences it may print with colour on. */
// eslint-disable-next-line no-control-regex -- IDIO's own SGR sequences
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;

/** Text every hostile field carries: terminal escapes (SGR, OSC 8, clear screen), bidi, C1, a forged line. */
const EVIL = String.raw`"Evil \e[31mred\e[0m \e]8;;http://x\alink\e]8;;\a \e[2J \u202eevil\u202c \x85 \x9b1m \rforged"`;
const INTENT_FILE = "in\u001b[31mtent\u202e\u0085.yaml";
const BUNDLE_FILE = "bun\u001b[1mdle\u202e.tar.gz";
const REPORT_FILE = "re\u001b[2Jport\u202e.json";

const INTENT = `apiVersion: idio.dev/v1
name: shop
environment: production
description: ${EVIL}
domain: shop.example.com
cost:
  monthlyBudgetUsd: 1
tiers:
  - name: api
    type: api
    description: ${EVIL}
    image: ${EVIL}
    connectsTo: [db]
  - name: db
    type: database
    engine: postgres
policy:
  waivers:
    - rule: EVIL-TXT-002
      reason: ${EVIL}
    - rule: IDIO-RDS-001
      resource: ${EVIL}
      reason: ${EVIL}
`;

let dir = "";
const opa = opaBinary();

async function idio(args: readonly string[], options: { color?: boolean } = {}) {
  const run = memoryIo({
    cwd: dir,
    ...(options.color ? { env: { FORCE_COLOR: "1" }, isTTY: true } : {}),
  });
  if (options.color) delete (run.io.env as Record<string, string | undefined>).NO_COLOR;
  const code = await runCli(args, run.io);
  return { code, output: run.stdout + run.stderr, stdout: run.stdout };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "idio-safe-text-"));
  writeFileSync(join(dir, INTENT_FILE), INTENT);
  if (opa)
    writeFileSync(
      join(dir, BUNDLE_FILE),
      buildTestBundle(
        opa,
        fileURLToPath(new URL("../test-support/hostile-text-bundle", import.meta.url)),
        policyRegoDir(),
      ),
    );
  // A saved cost report (the --compare-to input) whose names are hostile.
  const saved = await idio(["cost", INTENT_FILE, "--format", "json"]);
  const report = JSON.parse(saved.stdout) as { lineItems: { resource: string }[] };
  for (const item of report.lineItems) item.resource = `${item.resource} \u001b[31m\u202e`;
  writeFileSync(join(dir, REPORT_FILE), JSON.stringify(report));
}, 60_000);

const bundle = ["--policy-bundle", BUNDLE_FILE, "--allow-bundle-fixes"];

/**
 * Every command's text output, with the hostile intent, bundle, report and file
 * names; `true` where hostile text must appear (escaped) in the output.
 */
const COMMANDS: [string, string[], boolean][] = [
  ["validate", ["validate", INTENT_FILE], true],
  ["plan with both gates", ["plan", INTENT_FILE, "--fail-on", "low", "--fail-on-budget"], true],
  // Summaries and ids hold no user text (tier names are a pattern): nothing to show, nothing raw.
  ["explain a tier", ["explain", INTENT_FILE, "api"], false],
  ["explain a resource", ["explain", INTENT_FILE, "api.service"], false],
  ["explain an unknown id", ["explain", INTENT_FILE, "api\u001b[31m\u202e"], true],
  ["cost with the budget gate", ["cost", INTENT_FILE, "--fail-on-budget"], true],
  ["cost --compare-to", ["cost", INTENT_FILE, "--compare-to", REPORT_FILE], true],
  ["policy", ["policy", INTENT_FILE, ...bundle, "--fail-on", "low"], true],
  [
    "policy, bundle fixes not allowed",
    ["policy", INTENT_FILE, "--policy-bundle", BUNDLE_FILE, "--fail-on", "low"],
    true,
  ],
  [
    "compile",
    [
      "compile",
      INTENT_FILE,
      "--out",
      "out\u001b[31m\u202e",
      ...bundle,
      "--fail-on",
      "low",
      "--fail-on-budget",
    ],
    true,
  ],
  ["rules list", ["rules", "list", "--policy-bundle", BUNDLE_FILE], true],
  ["rules show", ["rules", "show", "EVIL-TXT-001", "--policy-bundle", BUNDLE_FILE], true],
  ["rules show an unknown id", ["rules", "show", "EVIL\u001b[31m-\u202e"], true],
  ["templates list", ["templates", "list"], false],
  ["templates show an unknown id", ["templates", "show", "x\u001b[31m\u202e"], true],
  [
    "templates init with a hostile value",
    ["templates", "init", "static-website", "--set", "rps=\u001b[31m\u202e"],
    true,
  ],
  ["prices show --product", ["prices", "show", "--product", "\u001b[31m\u202e"], false],
  ["prices show --region", ["prices", "show", "--region", "us\u001b[31m\u202e"], true],
  ["a missing intent file", ["plan", "mis\u001b[31msing\u202e.yaml"], true],
  ["an unknown option", ["plan", INTENT_FILE, "--bo\u001b[31mgus\u202e"], true],
];

describe.skipIf(!opa)("no raw control character from user text reaches the terminal", () => {
  it.each(COMMANDS)("%s", async (_, args, shows) => {
    const { code, output } = await idio(args);
    expect(code, output).not.toBe(3);
    expect(output.match(RAW), output).toBeNull();
    // The hostile text did reach the output, as visible escapes.
    if (shows) expect(output).toMatch(/\\x1b|\\u202e/);
  });

  it.each(COMMANDS.filter(([name]) => /^(policy|compile|cost with|plan)/.test(name)))(
    "%s, with colour on: IDIO's own colours are the only escape sequences",
    async (_, args) => {
      const { output } = await idio(args, { color: true });
      expect(output.replace(OWN_COLOURS, "").match(RAW), output).toBeNull();
    },
  );

  it("SARIF keeps controls out of every message, rule text and waiver reason; JSON stays raw", async () => {
    // Without --allow-bundle-fixes the hostile finding stays open (and is reported).
    const sarif = await idio([
      "policy",
      INTENT_FILE,
      "--policy-bundle",
      BUNDLE_FILE,
      "--format",
      "sarif",
    ]);
    const log = JSON.parse(sarif.stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; help: { markdown: string } }[] } };
        results: { message: { text: string }; suppressions?: { justification: string }[] }[];
      }[];
    };
    const run = log.runs[0]!;
    const texts = [
      ...run.results.map((result) => result.message.text),
      ...run.results.flatMap((result) => result.suppressions?.map((s) => s.justification) ?? []),
      ...run.tool.driver.rules.flatMap((rule) => JSON.stringify(rule)),
    ];
    expect(texts.filter((text) => RAW.test(text))).toEqual([]);
    expect(run.results.map((result) => result.message.text)).toContainEqual(
      expect.stringContaining("Evil message on db.instance \\x1b[31mred"),
    );
    const evil = run.tool.driver.rules.find((rule) => rule.id === "EVIL-TXT-001")!;
    expect(evil.help.markdown).toContain("&lt;script&gt;");
    expect(evil.help.markdown).toContain("\\[x\\](javascript:alert(1))");
    expect(evil.help.markdown).not.toContain("**bold**");
    // IDIO's own rules keep their Markdown.
    const own = run.tool.driver.rules.find((rule) => rule.id === "IDIO-IAM-001")!;
    expect(own.help.markdown).toContain("`*`");

    const json = await idio([
      "policy",
      INTENT_FILE,
      "--policy-bundle",
      BUNDLE_FILE,
      "--format",
      "json",
    ]);
    const findings = (JSON.parse(json.stdout) as { findings: { message: string }[] }).findings;
    expect(findings.map((finding) => finding.message)).toContainEqual(
      expect.stringContaining("\u001b[31mred\u001b[0m \u202eevil"),
    );
  });

  it("plan.md and the diagram of the compiled output have no raw control character", async () => {
    const out = "out-md";
    await idio(["compile", INTENT_FILE, "--out", out, ...bundle]);
    for (const file of [
      "plan.md",
      "diagram.mmd",
      "terraform/README.md",
      "cloudformation/README.md",
    ])
      expect(readFileSync(join(dir, out, file), "utf8").match(RAW), file).toBeNull();
  });
});
