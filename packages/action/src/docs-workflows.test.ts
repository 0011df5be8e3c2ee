import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const action = parse(readFileSync(`${ROOT}action.yml`, "utf8")) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};
const doc = readFileSync(`${ROOT}docs/github-action.md`, "utf8");

/** Every `uses: idio-dev/idio@…` step's `with:` keys in a workflow. */
function withKeys(workflow: unknown): string[] {
  const jobs = (
    workflow as { jobs: Record<string, { steps?: { uses?: string; with?: object }[] }> }
  ).jobs;
  return Object.values(jobs).flatMap((job) =>
    (job.steps ?? [])
      .filter((s) => s.uses?.startsWith("idio-dev/idio@"))
      .flatMap((s) => Object.keys(s.with ?? {})),
  );
}

describe("the documented workflows", () => {
  it("use only inputs action.yml declares (the example file and every YAML block of the doc)", () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(
      ([, yaml]) => parse(yaml!) as object,
    );
    const workflows = [
      parse(readFileSync(`${ROOT}examples/github-action/idio.yml`, "utf8")),
      ...blocks,
    ].filter((w) => "jobs" in (w as object));
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    const used = workflows.flatMap(withKeys);
    expect(used.filter((key) => !(key in action.inputs))).toEqual([]);
  });

  it("document every input and output in the tables", () => {
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
      expect(doc, name).toContain(`| \`${name}\` |`);
  });
});
