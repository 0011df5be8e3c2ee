import { parseIntent, type Diagnostic } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";

function compiled(text: string) {
  const parsed = parseIntent(text, "intent.yaml");
  if (parsed.intent === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
  const result = compile(parsed.intent, { source: parsed.source! });
  return { intent: parsed.intent, ...result };
}

const codes = (diagnostics: readonly Diagnostic[], code: string) =>
  diagnostics.filter((d) => d.code === code);

const FOUR_TIERS = `name: shop
environment: staging
tiers:
  - { type: web }
  - { type: api }
  - { type: database }
  - { type: cache }
`;

describe("connection inference", () => {
  it("infers web -> api -> data and lists it as one warning at /tiers", () => {
    const { intent, diagnostics } = compiled(FOUR_TIERS);
    expect(intent.connections).toBe("inferred");
    expect(intent.tiers.map((t) => [t.name, t.connectsTo])).toEqual([
      ["web", ["api"]],
      ["api", ["database", "cache"]],
      ["database", []],
      ["cache", []],
    ]);
    // The api is called by the web tier, so it defaults to private.
    expect(intent.tiers[1]!.public).toBe(false);
    const inferred = codes(diagnostics, "IDIO424");
    expect(inferred).toHaveLength(1);
    expect(inferred[0]!.message).toContain("web -> api, api -> database, api -> cache");
    expect(inferred[0]!.line).toBe(4);
    expect(codes(diagnostics, "IDIO425")).toEqual([]);
  });

  it("marks the nodes wired by an inferred edge: their reason says inferred and points at /connections", () => {
    const { graph } = compiled(FOUR_TIERS);
    const rule = graph!.nodes.find(
      (n) =>
        n.reason.pointers.includes("/tiers/1/connectsTo/0") &&
        n.reason.pointers.includes("/connections"),
    );
    expect(rule).toBeDefined();
    expect(rule!.reason.calculation.at(-1)).toContain("connectsTo inferred");
  });

  it("a web tier with no api reaches the data tiers; workers consume queues and use data", () => {
    const { intent } = compiled(`name: shop
environment: staging
tiers:
  - { type: web }
  - { type: database }
  - { type: queue }
  - { type: worker }
  - { type: static-site }
`);
    expect(intent.tiers.map((t) => [t.name, t.connectsTo])).toEqual([
      ["web", ["database", "queue"]],
      ["database", []],
      ["queue", []],
      ["worker", ["database", "queue"]],
      ["static-site", []],
    ]);
  });

  it("one connectsTo anywhere, even [], turns inference off; a data tier nothing reaches warns", () => {
    const { intent, diagnostics } = compiled(
      FOUR_TIERS.replace("{ type: web }", "{ type: web, connectsTo: [] }"),
    );
    expect(intent.connections).toBeUndefined();
    expect(intent.tiers.every((t) => t.connectsTo.length === 0)).toBe(true);
    expect(codes(diagnostics, "IDIO424")).toEqual([]);
    expect(codes(diagnostics, "IDIO425").map((d) => [d.line, d.path])).toEqual([
      [6, "/tiers/2"],
      [7, "/tiers/3"],
    ]);
  });

  it("connections: explicit turns inference off without any connectsTo", () => {
    const { intent, diagnostics } = compiled(`${FOUR_TIERS}connections: explicit\n`);
    expect(intent.tiers.every((t) => t.connectsTo.length === 0)).toBe(true);
    expect(codes(diagnostics, "IDIO424")).toEqual([]);
    expect(codes(diagnostics, "IDIO425")).toHaveLength(2);
  });

  it("the resolved intent read back keeps its edges and still says they were inferred", () => {
    const first = compiled(FOUR_TIERS);
    const again = compiled(JSON.stringify(first.intent));
    expect(again.intent).toEqual(first.intent);
    expect(codes(again.diagnostics, "IDIO424")).toHaveLength(1);
  });
});
