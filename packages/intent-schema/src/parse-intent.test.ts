import { describe, expect, it } from "vitest";
import { parseIntent } from "./parse-intent.js";
import { exampleNames, readExample } from "@idio-iac/testing";

const EXAMPLES = exampleNames();
const example = readExample;

const MINIMAL =
  "apiVersion: idio.dev/v1\nname: shop\nenvironment: development\ntiers:\n  - name: web\n    type: web\n";
const intentOf = (text: string) => {
  const result = parseIntent(text, "intent.yaml");
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return result.intent!;
};

describe("parseIntent", () => {
  it.each(EXAMPLES)("accepts examples/%s without any diagnostic", (name) => {
    const result = parseIntent(example(name), `examples/${name}/intent.yaml`);
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.apiVersion).toBe("idio.dev/v1");
  });

  it("resolves the ecommerce example as the issue describes it", () => {
    const intent = intentOf(example("ecommerce-platform"));
    expect(intent).toMatchObject({
      environment: "production",
      availability: "99.99",
      cost: { monthlyBudgetUsd: 10000, alertThreshold: 90 },
      compliance: ["pci-dss", "soc2"],
      security: { wafEnabled: true },
      disasterRecovery: {
        rtoMinutes: 15,
        rpoMinutes: 5,
        crossRegionReplication: true,
        backupRetentionDays: 30,
      },
    });
    const byName = Object.fromEntries(intent.tiers.map((tier) => [tier.name, tier]));
    expect(byName.web).toMatchObject({
      type: "web",
      trafficPattern: "seasonal",
      scaling: { min: 10, max: 100 },
    });
    expect(byName.api).toMatchObject({
      type: "api",
      trafficPattern: "seasonal",
      scaling: { min: 20, max: 200 },
    });
    expect(byName.db).toMatchObject({ type: "database", dataSizeGb: 500 });
    expect(byName.cache?.type).toBe("cache");
  });

  it("applies schema defaults and shows them in the resolved intent", () => {
    const intent = intentOf(MINIMAL);
    expect(intent).toMatchObject({
      region: "us-east-1",
      availability: "99.9",
      compliance: [],
      security: {
        encryptionAtRest: true,
        encryptionInTransit: true,
        networkIsolation: "vpc",
        wafEnabled: false,
      },
      disasterRecovery: {
        rtoMinutes: 240,
        rpoMinutes: 1440,
        crossRegionReplication: false,
        backupRetentionDays: 7,
      },
      tags: {},
      policy: { waivers: [] },
    });
    expect(intent.disasterRecovery.drRegion).toBeUndefined();
    expect(intent.tiers[0]).toEqual({
      name: "web",
      type: "web",
      trafficPattern: "steady",
      connectsTo: [],
      public: true,
      compute: "auto",
      port: 8080,
      healthCheckPath: "/health",
    });
  });

  it("applies type-dependent defaults: engine, public, runtime", () => {
    const intent = intentOf(
      [
        "apiVersion: idio.dev/v1",
        "name: shop",
        "environment: development",
        "tiers:",
        "  - { name: web, type: web, connectsTo: [api] }",
        "  - { name: api, type: api, connectsTo: [db, cache, jobs, events, files, table, fn] }",
        "  - { name: open-api, type: api }",
        "  - { name: lambda-api, type: api, compute: lambda }",
        "  - { name: db, type: database }",
        "  - { name: cache, type: cache }",
        "  - { name: jobs, type: queue }",
        "  - { name: events, type: stream }",
        "  - { name: files, type: storage }",
        "  - { name: table, type: nosql }",
        "  - { name: fn, type: function }",
        "  - { name: site, type: static-site }",
        "",
      ].join("\n"),
    );
    const tier = (name: string) => intent.tiers.find((t) => t.name === name)!;
    expect(tier("db").engine).toBe("postgres");
    expect(tier("cache").engine).toBe("redis");
    expect(tier("jobs").engine).toBe("sqs");
    expect(tier("events").engine).toBe("kinesis");
    expect(tier("files").engine).toBe("s3");
    expect(tier("table").engine).toBe("dynamodb");
    expect(tier("web").engine).toBeUndefined();
    expect(tier("web").public).toBe(true);
    expect(tier("site").public).toBe(true);
    expect(tier("api").public).toBe(false); // web calls it
    expect(tier("open-api").public).toBe(true);
    expect(tier("db").public).toBe(false);
    expect(tier("fn").runtime).toBe("nodejs22.x");
    expect(tier("fn").port).toBeUndefined();
    expect(tier("lambda-api")).toMatchObject({ runtime: "nodejs22.x", public: true });
    expect(tier("lambda-api").port).toBeUndefined();
    expect(tier("api")).toMatchObject({ port: 8080, healthCheckPath: "/health" });
  });

  it("keeps what the user wrote over any default", () => {
    const intent = intentOf(
      MINIMAL.replace(
        "    type: web\n",
        "    type: web\n    public: false\n    port: 3000\n    healthCheckPath: /healthz\n",
      ),
    );
    expect(intent.tiers[0]).toMatchObject({
      public: false,
      port: 3000,
      healthCheckPath: "/healthz",
    });
  });

  it("defaults drRegion to the region's partner when replication or 99.999 needs one", () => {
    expect(
      intentOf(
        `${MINIMAL}region: eu-central-1\ndisasterRecovery: { crossRegionReplication: true }\n`,
      ).disasterRecovery.drRegion,
    ).toBe("eu-west-1");
    expect(
      intentOf(`${MINIMAL}region: ap-southeast-2\navailability: "99.999"\n`).disasterRecovery
        .drRegion,
    ).toBe("ap-southeast-4");
    expect(
      intentOf(
        `${MINIMAL}disasterRecovery: { crossRegionReplication: true, drRegion: us-east-2 }\n`,
      ).disasterRecovery.drRegion,
    ).toBe("us-east-2");
  });

  it("reads availability written as a YAML number as its string", () => {
    expect(intentOf(`${MINIMAL}availability: 99.99\n`).availability).toBe("99.99");
    expect(intentOf(`${MINIMAL}availability: 99.950\n`).availability).toBe("99.95");
    expect(intentOf(`${MINIMAL}availability: 99.999\n`).availability).toBe("99.999");
  });

  it("reads JSON as well as YAML, with positions", () => {
    const json = JSON.stringify(
      {
        apiVersion: "idio.dev/v1",
        name: "shop",
        environment: "development",
        tiers: [{ name: "web", type: "web" }],
      },
      null,
      2,
    );
    expect(intentOf(json).name).toBe("shop");
    const result = parseIntent(json.replace('"environment"', '"enviroment"'), "intent.json");
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ["IDIO201", 1, 1],
      ["IDIO200", 4, 3],
    ]);
  });

  it("reports every problem of a document in one run, in source order, and no intent", () => {
    const result = parseIntent(
      [
        "apiVersion: idio.dev/v1",
        "name: shop",
        "environment: staging",
        "region: mars-north-1",
        "tiers:",
        "  - { name: web, type: web, connectsTo: [ap] }",
        "  - { name: web, type: cache, engine: postgres }",
        "cost: { monthlyBudgetUsd: -5 }",
        "",
      ].join("\n"),
      "intent.yaml",
    );
    expect(result.intent).toBeUndefined();
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual([
      "4:9 IDIO203",
      "6:42 IDIO301",
      "7:13 IDIO300",
      "7:39 IDIO305",
      "8:27 IDIO204",
    ]);
  });

  it("resolves to the same intent whatever order the user wrote the fields in", () => {
    const reordered =
      "tiers:\n  - type: web\n    name: web\nenvironment: development\nname: shop\napiVersion: idio.dev/v1\n";
    expect(JSON.stringify(intentOf(reordered))).toBe(JSON.stringify(intentOf(MINIMAL)));
  });

  it("is deterministic", () => {
    const text = example("global-ecommerce");
    expect(JSON.stringify(parseIntent(text, "a.yaml"))).toBe(
      JSON.stringify(parseIntent(text, "a.yaml")),
    );
  });

  it("keeps the file name as given", () => {
    const result = parseIntent("name: [", "../some/where/intent.yaml");
    expect(result.diagnostics[0]!.file).toBe("../some/where/intent.yaml");
    expect(result.source?.fileName).toBe("../some/where/intent.yaml");
  });
});

describe("IntentSource.locate", () => {
  const text = example("ecommerce-platform");
  const lines = text.split("\n");
  const { source, intent } = parseIntent(text, "intent.yaml");

  it("finds the line and column of any value the user wrote", () => {
    const at = (pointer: string) => {
      const { line, column } = source!.locate(pointer);
      return lines[line - 1]!.slice(column - 1);
    };
    expect(at("/name")).toBe("shop");
    expect(at("/tiers/1/name")).toBe("api");
    expect(at("/tiers/1/scaling/max")).toBe("200 }");
    expect(at("/tiers/0/connectsTo/0")).toBe("api]");
    expect(at("/compliance/1")).toBe("soc2]");
    expect(at("/disasterRecovery/drRegion")).toBe("us-west-2");
    expect(at("/tags/cost-center")).toBe("cc-1234");
    expect(at("/cost/alertEmails/1")).toBe("finance@example.com]");
  });

  it("falls back to the nearest existing ancestor for defaults and unknown pointers", () => {
    const tier = source!.locate("/tiers/1");
    expect(source!.locate("/tiers/1/port")).toEqual(tier); // a default: not in the file
    expect(source!.locate("/tiers/1/nothing/deeper/0")).toEqual(tier);
    expect(source!.locate("/tiers/99").line).toBe(source!.locate("/tiers").line);
    expect(source!.locate("").line).toBe(4); // first key after the comments
    expect(source!.locate("not-a-pointer").line).toBe(4);
  });

  it("locates every pointer of the resolved intent within the file", () => {
    const pointers: string[] = [];
    const walk = (value: unknown, pointer: string) => {
      pointers.push(pointer);
      if (value !== null && typeof value === "object") {
        for (const [key, child] of Object.entries(value))
          walk(child, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
      }
    };
    walk(intent, "");
    for (const pointer of pointers) {
      const { line, column } = source!.locate(pointer);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(lines.length);
      expect(column).toBeGreaterThanOrEqual(1);
    }
  });

  it("escapes ~1 and ~0 in pointer segments", () => {
    const result = parseIntent(
      `${MINIMAL}tags:\n  team/owner: a\n  cost~center: b\n`,
      "intent.yaml",
    );
    expect(result.source!.locate("/tags/team~1owner").line).toBe(8);
    expect(result.source!.locate("/tags/cost~0center").line).toBe(9);
  });
});
