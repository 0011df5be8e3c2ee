import { DESIGN_INTENT } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { parseIntent } from "./parse-intent.js";

/** The same intent as JSON, one field a line, so positions are easy to state. */
const DESIGN_JSON = `{
  "name": "my-ecommerce-platform",
  "tiers": [
    { "type": "web", "trafficPattern": "seasonal", "scaling": { "min": 10, "max": 100 } },
    { "type": "api", "trafficPattern": "seasonal", "scaling": { "min": 20, "max": 200 } },
    { "type": "database", "dataSizeGb": 500 },
    { "type": "cache" }
  ],
  "environment": "production",
  "availability": "99.99",
  "cost": { "monthlyBudgetUsd": 10000, "alertThreshold": 90 },
  "compliance": ["pci-dss", "soc2"],
  "security": {
    "encryptionAtRest": true,
    "encryptionInTransit": true,
    "networkIsolation": "vpc-isolated",
    "wafEnabled": true
  },
  "disasterRecovery": { "rtoMinutes": 15, "rpoMinutes": 5, "crossRegionReplication": true, "backupRetentionDays": 30 }
}
`;

const errorsOf = (text: string, file = "intent.yaml") =>
  parseIntent(text, file).diagnostics.filter((d) => d.severity === "error");

const tierYaml = (tiers: string[]) =>
  `name: shop\nenvironment: development\ntiers:\n${tiers.map((t) => `  - ${t}\n`).join("")}`;

describe("the design's intent shape", () => {
  it("parses as written: apiVersion and tier names defaulted, the isolation level kept", () => {
    const result = parseIntent(DESIGN_INTENT, "design.yaml");
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const intent = result.intent!;
    expect(intent.apiVersion).toBe("idio.dev/v1");
    expect(intent.tiers.map((tier) => tier.name)).toEqual(["web", "api", "database", "cache"]);
    expect(intent.security.networkIsolation).toBe("vpc-isolated");
    expect(intent.tiers[2]).toMatchObject({
      type: "database",
      engine: "postgres",
      dataSizeGb: 500,
    });
  });

  it("names tiers in its messages by their defaulted names, never by index", () => {
    const messages = parseIntent(DESIGN_INTENT, "design.yaml").diagnostics.map((d) => d.message);
    for (const message of messages) expect(message).not.toMatch(/tier "\d+"/);
    const withPort = DESIGN_INTENT.replace("- { type: cache }", "- { type: cache, port: 6379 }");
    const warning = parseIntent(withPort, "design.yaml").diagnostics.find(
      (d) => d.code === "IDIO310",
    );
    expect(warning?.message).toBe('port has no effect on tier "cache" (type cache).');
  });

  it("reads the same intent from JSON to the same resolved intent", () => {
    const fromJson = parseIntent(DESIGN_JSON, "design.json");
    expect(fromJson.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(fromJson.intent).toEqual(parseIntent(DESIGN_INTENT, "design.yaml").intent);
  });

  it("locates a JSON mistake at its line and column, with a suggestion", () => {
    const broken = DESIGN_JSON.replace('"vpc-isolated"', '"vpc-isolate"');
    const [error] = errorsOf(broken, "design.json");
    expect(error).toMatchObject({
      code: "IDIO203",
      file: "design.json",
      line: 16,
      column: 25,
      path: "/security/networkIsolation",
      message: '"vpc-isolate" is not an allowed value for security.networkIsolation.',
    });
    expect(error?.hint).toContain('"vpc-isolated"');
    expect(error?.hint).toContain("Allowed: none, vpc, vpc-isolated, true, false.");
  });
});

describe("tier names default to the type", () => {
  const names = (tiers: string[]) =>
    parseIntent(tierYaml(tiers), "intent.yaml").intent!.tiers.map((tier) => tier.name);

  it("numbers a repeated type from 2, in document order", () => {
    expect(
      names(["{ type: database }", "{ type: web }", "{ type: database }", "{ type: database }"]),
    ).toEqual(["database", "web", "database-2", "database-3"]);
  });

  it("lets an explicit name win, wherever it is, and never collides with one", () => {
    expect(
      names([
        "{ type: database }",
        "{ type: cache, name: database }",
        "{ type: worker, name: database-2 }",
      ]),
    ).toEqual(["database-3", "database", "database-2"]);
  });

  it("lets connectsTo name a defaulted tier", () => {
    const intent = parseIntent(
      tierYaml([
        "{ type: web, connectsTo: [api] }",
        "{ type: api, connectsTo: [database] }",
        "{ type: database }",
      ]),
      "intent.yaml",
    ).intent!;
    expect(intent.tiers.map((tier) => [tier.name, tier.public, tier.connectsTo])).toEqual([
      ["web", true, ["api"]],
      ["api", false, ["database"]],
      ["database", false, []],
    ]);
  });

  it("calls a tier with no name and no valid type by its position", () => {
    const diagnostics = parseIntent(
      tierYaml(["{ type: web }", "{ type: datbase, dataSizeGb: 5 }"]),
      "intent.yaml",
    ).diagnostics;
    expect(diagnostics.map((d) => d.message)).toEqual([
      '"datbase" is not an allowed value for tiers[1].type.',
    ]);
    expect(diagnostics[0]?.hint).toMatch(/^Did you mean "database"\?/);
  });

  it("names a defaulted tier in semantic checks", () => {
    const [error] = errorsOf(tierYaml(["{ type: worker, scaling: { min: 5, max: 2 } }"]));
    expect(error?.message).toBe('Tier "worker" scales from 5 up to 2: min is above max.');
  });

  it("still rejects an explicit name that is not a name", () => {
    const [error] = errorsOf(tierYaml(["{ type: web, name: Web }"]));
    expect(error).toMatchObject({ code: "IDIO205", path: "/tiers/0/name", line: 4 });
  });
});

describe("security.networkIsolation levels", () => {
  const level = (written: string) =>
    parseIntent(
      `name: shop\nenvironment: development\nsecurity: { networkIsolation: ${written} }\ntiers: [{ type: web }]\n`,
      "intent.yaml",
    ).intent?.security.networkIsolation;

  it("resolves each level to itself and the booleans to their levels", () => {
    expect(["none", "vpc", "vpc-isolated", "true", "false"].map(level)).toEqual([
      "none",
      "vpc",
      "vpc-isolated",
      "vpc",
      "none",
    ]);
  });

  it("defaults to vpc, what the old default true meant", () => {
    const intent = parseIntent(tierYaml(["{ type: web }"]), "intent.yaml").intent!;
    expect(intent.security.networkIsolation).toBe("vpc");
  });

  it("rejects any other value with one diagnostic listing the accepted ones", () => {
    const diagnostics = errorsOf(
      "name: shop\nenvironment: development\nsecurity: { networkIsolation: 1 }\ntiers: [{ type: web }]\n",
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: "IDIO203", line: 3, column: 31 });
    expect(diagnostics[0]?.hint).toBe("Allowed: none, vpc, vpc-isolated, true, false.");
  });

  it("warns that compliance overrides none as it does false, quoting what was written", () => {
    const warning = parseIntent(
      "name: shop\nenvironment: development\ncompliance: [hipaa]\nsecurity: { networkIsolation: none }\ntiers: [{ type: web }]\n",
      "intent.yaml",
    ).diagnostics.find((d) => d.code === "IDIO313");
    expect(warning?.message).toBe(
      "security.networkIsolation is none, but hipaa requires it; IDIO will turn it on.",
    );
  });
});

describe("the hint for a tier without a type", () => {
  const hintFor = (tier: string) =>
    errorsOf(tierYaml([tier])).find((d) => d.path === "/tiers/0/type")?.hint ?? "";

  it("suggests what the tier's name says", () => {
    expect(hintFor("{ name: orders-db }")).toMatch(/^Add `type: database`/);
    expect(hintFor("{ name: cache }")).toMatch(/^Add `type: cache`/);
    expect(hintFor("{ name: assets-bucket }")).toMatch(/^Add `type: storage`/);
  });

  it("falls back to the schema's example when the name says nothing", () => {
    expect(hintFor("{ name: zeus }")).toMatch(/^Add `type: api`/);
  });
});
