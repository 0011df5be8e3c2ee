import { describe, expect, it } from "vitest";
import { INTENT_DIAGNOSTIC_CODES } from "./diagnostics/codes.js";
import { parseIntent } from "./parse-intent.js";
import { YamlIntentSource } from "./parse/yaml-intent-source.js";
import { schemaDiagnostics } from "./validate/schema-diagnostics.js";
import { parseDocument } from "yaml";

/** A valid intent, one line per array entry, so cases can say exactly where a problem is. */
const BASE = [
  "apiVersion: idio.dev/v1", // 1
  "name: shop", // 2
  "environment: development", // 3
  "tiers:", // 4
  "  - name: web", // 5
  "    type: web", // 6
  "    connectsTo: [db]", // 7
  "  - name: db", // 8
  "    type: database", // 9
];
const doc = (...lines: string[]) => `${lines.join("\n")}\n`;
/** BASE with line `n` (1-based) replaced by `lines`. */
const replace = (n: number, ...lines: string[]) =>
  doc(...BASE.slice(0, n - 1), ...lines, ...BASE.slice(n));
const append = (...lines: string[]) => doc(...BASE, ...lines);

interface Case {
  readonly code: string;
  readonly input: string | Uint8Array;
  readonly line: number;
  readonly column: number;
  readonly path?: string;
  readonly hint?: string | RegExp;
  /** A syntax error may cascade into follow-up errors; the first is the one asserted. */
  readonly cascades?: boolean;
}

const CASES: readonly Case[] = [
  { code: "IDIO003", input: `# ${"x".repeat(2 * 1024 * 1024)}`, line: 0, column: 0 },
  { code: "IDIO100", input: "", line: 1, column: 1 },
  { code: "IDIO100", input: "# nothing but a comment\n\n", line: 1, column: 1 },
  { code: "IDIO101", input: new Uint8Array([0x6e, 0x3a, 0x20, 0xff, 0x0a]), line: 1, column: 4 },
  { code: "IDIO101", input: "name: shop\nb: \u0000\n", line: 2, column: 4 },
  // An unclosed quote is reported where it opens, not where the input ends.
  { code: "IDIO102", input: replace(2, 'name: "shop'), line: 2, column: 7 },
  { code: "IDIO102", input: replace(2, "name: 'sh\"op"), line: 2, column: 7 },
  { code: "IDIO102", input: replace(6, "   type: web"), line: 6, column: 1, cascades: true },
  {
    code: "IDIO103",
    input: replace(3, "environment: development", "name: store"),
    line: 4,
    column: 1,
  },
  { code: "IDIO104", input: doc(`a: ${"[".repeat(70)}${"]".repeat(70)}`), line: 1, column: 68 },
  { code: "IDIO105", input: doc(...BASE, "---", "name: other"), line: 10, column: 1 },
  { code: "IDIO106", input: doc("- name: web", "  type: web"), line: 1, column: 1 },
  { code: "IDIO107", input: replace(2, "name: !!binary c2hvcA=="), line: 2, column: 16 },
  { code: "IDIO107", input: replace(2, "name: !shop x"), line: 2, column: 13 },
  {
    code: "IDIO108",
    input: append("__proto__:", "  polluted: true"),
    line: 10,
    column: 1,
    path: "/__proto__",
  },
  {
    code: "IDIO108",
    input: replace(6, "    type: web", "    constructor: x"),
    line: 7,
    column: 5,
    path: "/tiers/0/constructor",
  },
  { code: "IDIO109", input: append("tags:", "  ~: empty"), line: 11, column: 3, path: "/tags" },
  {
    code: "IDIO200",
    input: replace(3, "enviroment: development"),
    line: 3,
    column: 1,
    path: "/enviroment",
    hint: 'Did you mean "environment"?',
  },
  {
    code: "IDIO200",
    input: replace(6, "    tpye: web"),
    line: 6,
    column: 5,
    path: "/tiers/0/tpye",
    hint: 'Did you mean "type"?',
  },
  { code: "IDIO201", input: replace(3), line: 1, column: 1, path: "/environment" },
  { code: "IDIO201", input: replace(9), line: 8, column: 5, path: "/tiers/1/type" },
  {
    code: "IDIO202",
    input: replace(7, "    connectsTo: [db]", '    expectedRps: "250"'),
    line: 8,
    column: 18,
    path: "/tiers/0/expectedRps",
    hint: "Remove the quotes around the number.",
  },
  {
    code: "IDIO202",
    input: append("tags:", "  cost-center: 1234"),
    line: 11,
    column: 16,
    path: "/tags/cost-center",
    hint: 'Put the value in quotes: "1234".',
  },
  {
    code: "IDIO203",
    input: replace(3, "environment: prodution"),
    line: 3,
    column: 14,
    path: "/environment",
    hint: /^Did you mean "production"\?/,
  },
  {
    code: "IDIO203",
    input: replace(1, "apiVersion: idio.dev/v2"),
    line: 1,
    column: 13,
    path: "/apiVersion",
  },
  {
    code: "IDIO203",
    input: append("compliance: [pci-dss, hippa]"),
    line: 10,
    column: 23,
    path: "/compliance/1",
    hint: /^Did you mean "hipaa"\?/,
  },
  {
    code: "IDIO203",
    input: append("availability: 99.9999"),
    line: 10,
    column: 15,
    path: "/availability",
    hint: /^Did you mean "99.999"\?/,
  },
  {
    code: "IDIO204",
    input: append("cost:", "  monthlyBudgetUsd: 0"),
    line: 11,
    column: 21,
    path: "/cost/monthlyBudgetUsd",
  },
  {
    code: "IDIO204",
    input: append("cost:", "  monthlyBudgetUsd: 100", "  alertThreshold: 150"),
    line: 12,
    column: 19,
    path: "/cost/alertThreshold",
  },
  { code: "IDIO205", input: replace(2, "name: My_Shop"), line: 2, column: 7, path: "/name" },
  // AWS names built from it (RDS, ElastiCache) reject two hyphens in a row.
  { code: "IDIO205", input: replace(2, "name: my--shop"), line: 2, column: 7, path: "/name" },
  {
    code: "IDIO205",
    input: append("cost:", "  monthlyBudgetUsd: 100", "  alertEmails: [not-an-email]"),
    line: 12,
    column: 17,
    path: "/cost/alertEmails/0",
  },
  {
    code: "IDIO206",
    input: doc(...BASE.slice(0, 3), "tiers: []"),
    line: 4,
    column: 8,
    path: "/tiers",
  },
  {
    code: "IDIO206",
    input: append("compliance: [soc2, gdpr, soc2]"),
    line: 10,
    column: 26,
    path: "/compliance/2",
  },
  {
    code: "IDIO300",
    input: replace(8, "  - name: web"),
    line: 8,
    column: 11,
    path: "/tiers/1/name",
  },
  {
    code: "IDIO301",
    input: replace(7, "    connectsTo: [dbb]"),
    line: 7,
    column: 18,
    path: "/tiers/0/connectsTo/0",
    hint: 'Did you mean "db"?',
  },
  {
    code: "IDIO302",
    input: replace(7, "    connectsTo: [db, web]"),
    line: 7,
    column: 22,
    path: "/tiers/0/connectsTo/1",
  },
  {
    code: "IDIO303",
    input: replace(7, "    scaling: { min: 5, max: 2 }"),
    line: 7,
    column: 21,
    path: "/tiers/0/scaling/min",
  },
  {
    code: "IDIO304",
    input: append("region: eu-west-1", "disasterRecovery:", "  drRegion: eu-west-1"),
    line: 12,
    column: 13,
    path: "/disasterRecovery/drRegion",
    hint: /eu-central-1/,
  },
  {
    code: "IDIO305",
    input: append("    engine: redis"),
    line: 10,
    column: 13,
    path: "/tiers/1/engine",
    hint: /redis is for cache tiers/,
  },
  {
    code: "IDIO306",
    input: append("tags:", "  aws:owner: me"),
    line: 11,
    column: 3,
    path: "/tags/aws:owner",
  },
  {
    code: "IDIO306",
    input: append("tags:", "  AWS:Owner: me"),
    line: 11,
    column: 3,
    path: "/tags/AWS:Owner",
    hint: 'Rename it, e.g. "Owner".',
  },
  {
    code: "IDIO306",
    input: append("tags:", "  owner: me", "  Ref: me"),
    line: 12,
    column: 3,
    path: "/tags/Ref",
    hint: 'Rename it, e.g. "ref-tag".',
  },
  {
    code: "IDIO306",
    input: append("tags:", "  Condition: me"),
    line: 11,
    column: 3,
    path: "/tags/Condition",
  },
  {
    code: "IDIO306",
    input: append("tags:", '  "Fn::GetAtt": me'),
    line: 11,
    column: 3,
    path: "/tags/Fn::GetAtt",
    hint: 'Rename it, e.g. "getatt-tag".',
  },
  {
    code: "IDIO307",
    input: append("tags:", `  owner: "${"x".repeat(257)}"`),
    line: 11,
    column: 10,
    path: "/tags/owner",
  },
  {
    code: "IDIO307",
    input: append("tags:", '  owner: "team#1"'),
    line: 11,
    column: 10,
    path: "/tags/owner",
  },
  {
    code: "IDIO308",
    input: append("tags:", ...Array.from({ length: 41 }, (_, i) => `  tag-${i}: v`)),
    line: 11,
    column: 3,
    path: "/tags",
  },
  {
    code: "IDIO309",
    input: append("    public: true"),
    line: 10,
    column: 13,
    path: "/tiers/1/public",
  },
  { code: "IDIO310", input: append("    port: 5432"), line: 10, column: 5, path: "/tiers/1/port" },
  {
    code: "IDIO311",
    input: append("terraform:", "  backend:", "    type: s3"),
    line: 12,
    column: 5,
    path: "/terraform/backend",
  },
  {
    code: "IDIO313",
    input: append("compliance: [hipaa]", "security:", "  encryptionAtRest: false"),
    line: 12,
    column: 21,
    path: "/security/encryptionAtRest",
  },
  {
    code: "IDIO314",
    input: append("    compute: fargate"),
    line: 10,
    column: 14,
    path: "/tiers/1/compute",
  },
  {
    code: "IDIO315",
    input: append(
      "cost:",
      "  monthlyBudgetUsd: 100",
      "  alertEmails: [ops@example.com, a.b@example.com, Ops@Example.com]",
    ),
    line: 12,
    column: 51,
    path: "/cost/alertEmails/2",
    hint: "Remove alertEmails[2].",
  },
  {
    code: "IDIO316",
    input: append("domain: a.example.com", "regions: [us-west-2, us-east-1]"),
    line: 11,
    column: 22,
    path: "/regions/1",
    hint: "Remove us-east-1 from regions.",
  },
  { code: "IDIO317", input: append("routing: { policy: latency }"), line: 10, column: 1 },
  {
    code: "IDIO318",
    input: append(
      "domain: a.example.com",
      "regions: [us-west-2]",
      "routing:",
      "  locations: { eu-west-1: [EU] }",
    ),
    line: 13,
    column: 16,
    path: "/routing/locations/eu-west-1",
  },
  {
    code: "IDIO319",
    input: append(
      "domain: a.example.com",
      "regions: [eu-west-1]",
      "routing:",
      "  policy: geolocation",
      "  locations: { eu-west-1: [XX] }",
    ),
    line: 14,
    column: 28,
    path: "/routing/locations/eu-west-1/0",
  },
  {
    code: "IDIO320",
    input: append(
      "domain: a.example.com",
      "regions: [eu-west-1]",
      "routing:",
      "  weights: { us-east-1: 1, eu-west-1: 1 }",
    ),
    line: 13,
    column: 3,
    path: "/routing/weights",
  },
  {
    code: "IDIO321",
    input: append(
      "domain: a.example.com",
      "regions: [us-west-2]",
      "disasterRecovery:",
      "  drRegion: us-east-2",
    ),
    line: 13,
    column: 13,
    path: "/disasterRecovery/drRegion",
  },
  {
    code: "IDIO323",
    input: append(
      "domain: a.example.com",
      "regions: [us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-north-1, ap-southeast-1, ap-southeast-2]",
    ),
    line: 9,
    column: 11,
    path: "/tiers/1/type",
  },
  { code: "IDIO324", input: append("regions: [us-west-2]"), line: 10, column: 1, path: "/regions" },
  {
    code: "IDIO325",
    input: append(
      "domain: a.example.com",
      "regions: [us-west-2, eu-west-1]",
      "routing:",
      "  policy: failover",
    ),
    line: 13,
    column: 11,
    path: "/routing/policy",
  },
];

describe("every diagnostic code, at its exact line and column", () => {
  it.each(CASES.map((c) => [c.code, c] as const))("%s", (_code, c) => {
    const result = parseIntent(c.input, "intent.yaml");
    const found = result.diagnostics.filter((d) => d.code === c.code);
    const details = JSON.stringify(result.diagnostics, null, 2);
    if (c.cascades) expect(found.length, details).toBeGreaterThanOrEqual(1);
    else expect(found, details).toHaveLength(1);
    const [diagnostic] = found;
    expect({ line: diagnostic!.line, column: diagnostic!.column }).toEqual({
      line: c.line,
      column: c.column,
    });
    expect(diagnostic!.file).toBe("intent.yaml");
    if (c.path !== undefined) expect(diagnostic!.path).toBe(c.path);
    if (typeof c.hint === "string") expect(diagnostic!.hint).toBe(c.hint);
    if (c.hint instanceof RegExp) expect(diagnostic!.hint).toMatch(c.hint);
    expect(diagnostic!.message.length).toBeGreaterThan(10);
    const info = INTENT_DIAGNOSTIC_CODES.find((entry) => entry.code === c.code)!;
    expect(diagnostic!.severity).toBe(info.severity);
    expect(result.intent === undefined).toBe(info.severity === "error");
  });

  it("IDIO207 covers schema keywords without a dedicated code", () => {
    const text = doc(...BASE);
    const source = new YamlIntentSource(
      "intent.yaml",
      text,
      parseDocument(text, { keepSourceTokens: false }) as never,
    );
    const [diagnostic] = schemaDiagnostics(
      [
        {
          keyword: "minProperties",
          instancePath: "/tiers/1",
          schemaPath: "#",
          params: { limit: 3 },
          message: "must NOT have fewer than 3 properties",
        },
      ],
      source,
      {},
    );
    expect(diagnostic).toMatchObject({ code: "IDIO207", line: 8, column: 5, path: "/tiers/1" });
    expect(diagnostic!.message).toBe("tiers[1] must NOT have fewer than 3 properties.");
  });

  it("triggers every code of the phase (IDIO001, 002, 004 are loadIntentFile's, tested in idio; IDIO008 is the report's, tested in render-diagnostics)", () => {
    const triggered = new Set([
      ...CASES.map((c) => c.code),
      "IDIO207",
      "IDIO001",
      "IDIO002",
      "IDIO004",
      "IDIO008",
    ]);
    expect(
      INTENT_DIAGNOSTIC_CODES.map((info) => info.code).filter((code) => !triggered.has(code)),
    ).toEqual([]);
  });
});
