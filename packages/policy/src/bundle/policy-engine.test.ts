import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputJson } from "../input-json.js";
import { inProcessEngine } from "./policy-engine.js";

const WASM = readFileSync(new URL("../../bundle/policy.wasm", import.meta.url));

/** A hand-written input (no index: the rules scan) with one bucket lacking the intent's tags. */
function input(id: string, owner: string, padding = 0): unknown {
  const node = (nodeId: string) => ({
    id: nodeId,
    kind: "aws.s3.bucket",
    region: "primary",
    props: {},
    tags: {},
    reason: { summary: "", pointers: [], calculation: [] },
  });
  const extra = Array.from({ length: padding }, (_, index) => node(`pad-${index}`));
  return {
    graph: { region: "us-east-1", drRegion: "us-west-2", nodes: [node(id), ...extra] },
    context: { environment: "dev", compliance: [], tags: { owner } },
  };
}

/** The required-tags violations of a result set, by resource. */
function tagFixes(result: unknown): Record<string, unknown> {
  const violations = (
    result as { result: { rule: string; resource: string; fix: unknown }[] }[]
  )[0]!.result;
  return Object.fromEntries(
    violations
      .filter((violation) => violation.rule === "required_tags")
      .map((violation) => [violation.resource, violation.fix]),
  );
}

describe("inProcessEngine with an InputJson", () => {
  const engine = inProcessEngine(WASM);
  const evaluate = (document: unknown) =>
    engine.evaluate(new InputJson(JSON.stringify(document)), "idio/findings", 0);

  it("gives what the SDK gives for the same bytes, with text beyond ASCII", () => {
    const document = input("bücket-😀", "José Ñúñez");
    const text = JSON.stringify(document);
    expect(text.length).toBeLessThan(Buffer.byteLength(text));
    const fromText = evaluate(document);
    expect(fromText).toEqual(engine.evaluate(new InputJson(text).bytes(), "idio/findings", 0));
    expect(tagFixes(fromText)["bücket-😀"]).toEqual([
      { op: "add", path: "/tags/owner", value: "José Ñúñez" },
    ]);
  });

  it("evaluates a large input, then a small one, each on its own", () => {
    const large = tagFixes(evaluate(input("first", "a", 200)));
    expect(Object.keys(large)).toHaveLength(201);
    const small = tagFixes(evaluate(input("second", "b")));
    expect(small).toEqual({ second: [{ op: "add", path: "/tags/owner", value: "b" }] });
  });
});
