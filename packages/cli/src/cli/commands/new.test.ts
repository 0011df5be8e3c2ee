import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test-support/memory-io.js";
import { runCli } from "../run-cli.js";

async function idioNew(argv: readonly string[], cwd = process.cwd()) {
  const memory = memoryIo({ cwd });
  const code = await runCli(["new", ...argv], memory.io);
  return { code, stdout: memory.stdout, stderr: memory.stderr };
}

describe("idio new", () => {
  it("writes YAML whose every set field quotes the words that set it", async () => {
    const result = await idioNew(["a cost-optimized web app in Tokyo for $200/month"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 12).join("\n")).toBe(
      [
        "# yaml-language-server: $schema=https://idio.dev/schemas/intent/v1.json",
        '# Written by `idio new` from: "a cost-optimized web app in Tokyo for $200/month"',
        '# Started from template three-tier-web-app (Three-tier web application) for "web app".',
        "# A field with a comment was set by the words it quotes; the others are the template's defaults.",
        "",
        "apiVersion: idio.dev/v1",
        "name: webapp",
        "description: Three-tier web application (IDIO template three-tier-web-app).",
        "environment: production",
        'region: ap-northeast-1 # from "Tokyo"',
        'availability: "99.95"',
        "domain: app.example.com # the template's placeholder: replace it with your domain",
      ].join("\n"),
    );
    expect(result.stdout).toContain('  monthlyBudgetUsd: 200 # from "$200/month"\n');
    expect(parseIntent(result.stdout, "intent.yaml").intent?.region).toBe("ap-northeast-1");
  });

  it("reports the words it did not use on stderr, located under them", async () => {
    const result = await idioNew(["a cost-optimized web app for $200/month"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      [
        'idio new: started from template three-tier-web-app for "web app"; the words set:',
        '  cost.monthlyBudgetUsd: from "$200/month"',
        "  domain: the template's placeholder: replace it with your domain",
      ].join("\n"),
    );
    // `idio new 'a cost-…'`: the quote is column 10, the sentence starts at 11, "cost-optimized" at 13.
    expect(result.stderr).toContain(
      '<command line>:1:13 warning IDIO733 "cost-optimized" set nothing.',
    );
    expect(result.stderr).toContain("  > 1 | idio new 'a cost-optimized web app for $200/month'");
    expect(result.stderr).toContain("      |             ^^^^^^^^^^^^^^\n");
  });

  it("takes the sentence unquoted too, as several arguments", async () => {
    const result = await idioNew(["an", "online", "shop", "in", "Paris"]);
    expect(result.code).toBe(0);
    expect(parseIntent(result.stdout, "intent.yaml").intent).toMatchObject({
      region: "eu-west-3",
      compliance: ["pci-dss", "soc2"],
    });
  });

  it("exits 2 with a located hint when the sentence names no application", async () => {
    const result = await idioNew(["99.99% uptime for $500 a month"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      "<command line>:1:11 error IDIO730 The sentence does not say what kind of application this is.",
    );
    expect(result.stderr).toContain(
      "hint: Name one: a web app, an API, an e-commerce platform, a data pipeline, microservices, an ML platform or a static website (or a stack such as Django or Rails). `idio templates list` shows them.",
    );
  });

  it("writes JSON with --format json, and says where each field came from on stderr", async () => {
    const result = await idioNew(["a HIPAA API in Sydney", "--format", "json"]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(document).toMatchObject({ region: "ap-southeast-2", compliance: ["hipaa"] });
    expect(result.stderr).toContain('  region: from "Sydney"\n');
    expect(result.stderr).toContain('  compliance[0]: from "HIPAA"\n');
  });

  it("writes -o FILE, and never overwrites it without --force", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "idio-new-"));
    const first = await idioNew(["a blog", "-o", "site.yaml"], cwd);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe("");
    expect(readFileSync(join(cwd, "site.yaml"), "utf8")).toContain("type: static-site");

    writeFileSync(join(cwd, "site.yaml"), "mine\n");
    const second = await idioNew(["a blog", "-o", "site.yaml"], cwd);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      "<command line>:1:22 error IDIO731 site.yaml exists; it was not overwritten.",
    );
    expect(second.stderr).toContain("hint: Pass --force to overwrite it, or choose another file.");
    expect(readFileSync(join(cwd, "site.yaml"), "utf8")).toBe("mine\n");

    const forced = await idioNew(["a blog", "-o", "site.yaml", "--force"], cwd);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, "site.yaml"), "utf8")).toContain("type: static-site");
  });

  it("reports a file it cannot write", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "idio-new-"));
    const result = await idioNew(["a blog", "-o", "no/such/dir/site.yaml"], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "error IDIO732 no/such/dir/site.yaml could not be written (ENOENT).",
    );
  });

  it("reports words understood but not applied", async () => {
    const result = await idioNew(["a web app in production and staging"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning IDIO734 "staging" was understood but not applied: it says something else than "production"; the first is kept.',
    );
  });
});
