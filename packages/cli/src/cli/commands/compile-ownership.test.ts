import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.js";
import { memoryIo } from "../../test-support/memory-io.js";
import { expectWhole, pick, snapshot } from "../../output/test-support/output-tree.js";

const MVP = readFileSync(
  fileURLToPath(new URL("../../../../../examples/startup-mvp/intent.yaml", import.meta.url)),
  "utf8",
);

/** What a user and Terraform leave in an output after `terraform init && terraform apply`. */
const USER_FILES: Record<string, string> = {
  "terraform/terraform.tfstate": '{"version":4,"serial":7,"resources":[]}\n',
  "terraform/terraform.tfstate.backup": '{"version":4,"serial":6}\n',
  "terraform/.terraform/providers/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/LICENSE.txt":
    "provider binary stand-in\n",
  "terraform/.terraform/terraform.tfstate": '{"backend":null}\n',
  "terraform/.terraform.lock.hcl": 'provider "registry.terraform.io/hashicorp/aws" {}\n',
  "terraform/tfplan": "\u0000binary saved plan\u00ff",
  "NOTES.md": "# my notes\nDeployed on Tuesday.\n",
};

describe("idio compile owns only what it wrote", () => {
  let cwd: string;
  const compile = async (...args: string[]) => {
    const run = memoryIo({ cwd });
    const code = await runCli(["compile", "intent.yaml", "--out", "o", ...args], run.io);
    return { code, stdout: run.stdout, stderr: run.stderr };
  };
  const writeUserFiles = () => {
    for (const [path, contents] of Object.entries(USER_FILES)) {
      mkdirSync(join(cwd, "o", path, ".."), { recursive: true });
      writeFileSync(join(cwd, "o", path), contents);
    }
  };
  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), "idio-own-"));
    writeFileSync(join(cwd, "intent.yaml"), MVP);
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it("keeps Terraform state, .terraform/, the lock file, a saved plan and notes byte-identical across recompiles", async () => {
    expect((await compile()).code).toBe(0);
    const first = snapshot(join(cwd, "o"));
    writeUserFiles();
    const user = pick(snapshot(join(cwd, "o")), Object.keys(USER_FILES));

    // Same intent: the generated files are the same bytes, the user's untouched.
    expect(await compile()).toMatchObject({ code: 0, stderr: "" });
    const again = snapshot(join(cwd, "o"));
    expect(pick(again, Object.keys(USER_FILES))).toEqual(user);
    expect(pick(again, first.keys())).toEqual(first);

    // A different budget and an added tier: generated files change, the user's do not.
    // (The app connects to the cache: a data tier nothing reaches is a warning, IDIO425.)
    writeFileSync(
      join(cwd, "intent.yaml"),
      MVP.replace("monthlyBudgetUsd: 200", "monthlyBudgetUsd: 400")
        .replace("connectsTo: [db]", "connectsTo: [db, cache]")
        .replace("\ncost:", "\n  - name: cache\n    type: cache\n    engine: redis\n\ncost:"),
    );
    expect(await compile()).toMatchObject({ code: 0, stderr: "" });
    const changed = snapshot(join(cwd, "o"));
    expect(changed.get("plan.json")).not.toEqual(first.get("plan.json"));
    expect(Buffer.from(changed.get("plan.json")!, "base64").toString()).toContain('"cache"');
    expect(pick(changed, Object.keys(USER_FILES))).toEqual(user);
    expectWhole(join(cwd, "o"));

    // Dropping CloudFormation removes its files and the directory IDIO made for them.
    expect(await compile("--target", "terraform")).toMatchObject({ code: 0, stderr: "" });
    const terraformOnly = snapshot(join(cwd, "o"));
    expect(pick(terraformOnly, Object.keys(USER_FILES))).toEqual(user);
    expect([...terraformOnly.keys()].filter((p) => p.startsWith("cloudformation/"))).toEqual([]);
    expect(existsSync(join(cwd, "o/cloudformation"))).toBe(false);
    const manifest = expectWhole(join(cwd, "o"));
    expect(manifest.files.map((f) => f.path)).not.toContain("terraform/terraform.tfstate");
    expect([...terraformOnly.keys()].sort()).toEqual(
      [
        ...manifest.files.map((f) => f.path),
        ".idio-manifest.json",
        ...Object.keys(USER_FILES),
      ].sort(),
    );
  });

  it("never takes a directory for its own because it holds a plan.json (IDIO707), and leaves it as it was", async () => {
    mkdirSync(join(cwd, "o/src"), { recursive: true });
    writeFileSync(join(cwd, "o/plan.json"), "{}\n");
    writeFileSync(join(cwd, "o/src/index.ts"), "export {};\n");
    const before = snapshot(join(cwd, "o"));
    const result = await compile();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error IDIO707 o is not empty (plan.json, src)");
    expect(snapshot(join(cwd, "o"))).toEqual(before);
  });

  it("stops with IDIO709 listing edited generated files, and --force overwrites them with a note", async () => {
    expect((await compile()).code).toBe(0);
    const generated = snapshot(join(cwd, "o"));
    writeFileSync(join(cwd, "o/plan.md"), "my edit\n");
    writeFileSync(join(cwd, "o/terraform/README.md"), "edited too\n");

    const refused = await compile();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "error IDIO709 These generated files were edited since IDIO wrote them: o/plan.md, o/terraform/README.md.",
    );
    expect(refused.stderr).toContain("hint: Move your changes into the intent");
    expect(refused.stdout).toBe("");
    expect(readFileSync(join(cwd, "o/plan.md"), "utf8")).toBe("my edit\n");

    const forced = await compile("--force");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(
      "warning IDIO711 --force: overwrote edited files o/plan.md, o/terraform/README.md.",
    );
    expect(snapshot(join(cwd, "o"))).toEqual(generated);
  });

  it("keeps an edited file IDIO no longer generates, says so, and releases it from the manifest", async () => {
    expect((await compile()).code).toBe(0);
    writeFileSync(join(cwd, "o/cloudformation/README.md"), "my runbook\n");
    const result = await compile("--target", "terraform");
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "warning IDIO712 IDIO no longer generates o/cloudformation/README.md; they were edited, so they were kept",
    );
    expect(readFileSync(join(cwd, "o/cloudformation/README.md"), "utf8")).toBe("my runbook\n");
    expect(expectWhole(join(cwd, "o")).files.map((f) => f.path)).not.toContain(
      "cloudformation/README.md",
    );
    // Now it is the user's: the next compile with CloudFormation refuses to overwrite it.
    const back = await compile();
    expect(back.code).toBe(2);
    expect(back.stderr).toContain("error IDIO710 IDIO must write o/cloudformation/README.md");
  });
});
