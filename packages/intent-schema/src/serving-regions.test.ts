import { describe, expect, it } from "vitest";
import { parseIntent } from "./parse-intent.js";
import { parseGeolocation } from "./schema/geolocation.js";

/** An intent in us-east-1 with a public api and a cache, then `extra` lines from line 9 on. */
function parse(extra: string[], options: { domain?: boolean } = {}) {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: demo",
    "environment: production",
    "region: us-east-1",
    options.domain === false ? "# no domain" : "domain: shop.example.com",
    "tiers:",
    "  - { name: api, type: api, public: true }",
    "  - { name: cache, type: cache }",
    ...extra,
    "",
  ].join("\n");
  return parseIntent(text, "intent.yaml");
}

const located = (result: ReturnType<typeof parse>) =>
  result.diagnostics.map((d) => ({
    code: d.code,
    path: d.path,
    line: d.line,
    message: d.message,
    hint: d.hint,
  }));

describe("regions and routing", () => {
  it("accepts serving regions with geolocation routing and resolves the default policy", () => {
    const result = parse([
      "regions: [us-west-2, eu-west-1]",
      "routing:",
      "  policy: geolocation",
      "  locations: { eu-west-1: [EU, country:NA], us-west-2: [US-WA, US-OR, CA] }",
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.regions).toEqual(["us-west-2", "eu-west-1"]);
    expect(result.intent?.routing?.policy).toBe("geolocation");
    expect(parse(["regions: [eu-west-1]", "routing: {}"]).intent?.routing).toEqual({
      policy: "latency",
    });
  });

  it("does not default drRegion when regions serve (they are the recovery)", () => {
    const result = parse([
      "regions: [us-west-2]",
      "disasterRecovery: { crossRegionReplication: true }",
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.intent?.disasterRecovery.drRegion).toBeUndefined();
  });

  it("refuses the primary region in regions, at the entry", () => {
    expect(located(parse(["regions: [us-west-2, us-east-1]"]))).toEqual([
      {
        code: "IDIO316",
        path: "/regions/1",
        line: 9,
        message:
          "regions lists us-east-1, the primary region: regions names the other regions that serve traffic.",
        hint: "Remove us-east-1 from regions.",
      },
    ]);
  });

  it("refuses a repeated region and an unknown one through the schema", () => {
    expect(located(parse(["regions: [us-west-2, us-west-2]"])).map((d) => d.code)).toEqual([
      "IDIO206",
    ]);
    expect(located(parse(["regions: [us-west-9]"])).map((d) => [d.code, d.path])).toEqual([
      ["IDIO203", "/regions/0"],
    ]);
  });

  it("refuses routing without regions", () => {
    expect(located(parse(["routing: { policy: latency }"]))).toEqual([
      {
        code: "IDIO317",
        path: "/routing",
        line: 9,
        message:
          "routing is set but the intent serves from one region: there is nothing to route between.",
        hint: "Add `regions: [<region>, …]` (the other regions that serve traffic), or remove routing.",
      },
    ]);
  });

  it("refuses weights naming a region that does not serve, and a serving region without a weight", () => {
    expect(
      located(
        parse([
          "regions: [us-west-2]",
          "routing:",
          "  policy: weighted",
          "  weights: { us-east-1: 50, us-west-1: 50 }",
        ]),
      ),
    ).toEqual([
      {
        code: "IDIO318",
        path: "/routing/weights",
        line: 12,
        message:
          "routing.weights has no weight for us-west-2, which serves traffic: Route 53 needs one per record.",
        hint: "Add `us-west-2: <0-255>` (0 sends it nothing).",
      },
      {
        code: "IDIO318",
        path: "/routing/weights/us-west-1",
        line: 12,
        message:
          "routing.weights names us-west-1, which does not serve traffic (the serving regions: us-east-1, us-west-2).",
        hint: 'Did you mean "us-west-2"?',
      },
    ]);
  });

  it("refuses invalid and repeated geolocation codes at the entry", () => {
    expect(
      located(
        parse([
          "regions: [us-west-2, eu-west-1]",
          "routing:",
          "  policy: geolocation",
          "  locations:",
          "    eu-west-1: [EU, XX]",
          "    us-west-2: [US-ZZ, EU]",
        ]),
      ).map((d) => [d.code, d.path, d.line, d.message]),
    ).toEqual([
      ["IDIO319", "/routing/locations/eu-west-1/1", 13, "XX is not a location Route 53 routes on."],
      [
        "IDIO319",
        "/routing/locations/us-west-2/0",
        14,
        "US-ZZ is not a location Route 53 routes on.",
      ],
      [
        "IDIO319",
        "/routing/locations/us-west-2/1",
        14,
        "EU is also listed for eu-west-1: Route 53 routes each location to one record.",
      ],
    ]);
  });

  it("refuses geolocation without locations and warns about a field the policy ignores", () => {
    expect(
      located(parse(["regions: [eu-west-1]", "routing: { policy: geolocation }"])).map((d) => [
        d.code,
        d.path,
      ]),
    ).toEqual([["IDIO319", "/routing/policy"]]);
    const ignored = parse([
      "regions: [eu-west-1]",
      "routing: { policy: latency, weights: { us-east-1: 1, eu-west-1: 1 } }",
    ]);
    expect(ignored.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["IDIO320", "warning", "/routing/weights"],
    ]);
  });

  it("refuses drRegion with regions", () => {
    expect(
      located(parse(["regions: [us-west-2]", "disasterRecovery: { drRegion: us-east-2 }"])),
    ).toEqual([
      {
        code: "IDIO321",
        path: "/disasterRecovery/drRegion",
        line: 10,
        message:
          "drRegion us-east-2 is set with regions: with several serving regions the others are the recovery (each runs every tier and holds the replicated data; backups are copied to us-west-2).",
        hint: "Remove drRegion, or add us-east-2 to regions to serve from it too.",
      },
    ]);
  });

  it("accepts a cache tier across four regions: each active-active region runs its own cache (IDIO322 is retired)", () => {
    expect(located(parse(["regions: [us-west-2, eu-west-1, ap-southeast-1]"]))).toEqual([]);
  });

  it("refuses a database tier across more than eleven regions (Aurora: ten secondaries)", () => {
    const text = [
      "name: demo",
      "environment: production",
      "region: us-east-1",
      "domain: shop.example.com",
      "regions: [us-east-2, us-west-1, us-west-2, ca-central-1, eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-north-1, ap-southeast-1, ap-southeast-2]",
      "tiers:",
      "  - { name: db, type: database }",
      "",
    ].join("\n");
    expect(
      parseIntent(text, "intent.yaml").diagnostics.map((d) => [d.code, d.path, d.message]),
    ).toEqual([
      [
        "IDIO323",
        "/tiers/0/type",
        "Database db would span 12 regions: an Aurora global database has at most 10 secondary regions.",
      ],
    ]);
  });

  it("refuses regions with a public tier and no domain, and failover with two standbys", () => {
    expect(located(parse(["regions: [us-west-2]"], { domain: false }))).toEqual([
      {
        code: "IDIO324",
        path: "/regions",
        line: 9,
        message:
          "Serving tier api from several regions needs a domain: Route 53 routes between the regions with health-checked records in its zone.",
        hint: "Add `domain: <name>` (IDIO creates the zone, or set dns.zone).",
      },
    ]);
    expect(
      located(parse(["regions: [us-west-2, eu-west-1]", "routing: { policy: failover }"])).map(
        (d) => [d.code, d.path],
      ),
    ).toEqual([["IDIO325", "/routing/policy"]]);
  });
});

describe("parseGeolocation", () => {
  it("reads continents, countries, US states and the country: form Route 53 needs", () => {
    expect(parseGeolocation("EU")).toEqual({ continentCode: "EU" });
    expect(parseGeolocation("NA")).toEqual({ continentCode: "NA" });
    expect(parseGeolocation("country:NA")).toEqual({ countryCode: "NA" });
    expect(parseGeolocation("DE")).toEqual({ countryCode: "DE" });
    expect(parseGeolocation("US-CA")).toEqual({ countryCode: "US", subdivisionCode: "CA" });
    expect(parseGeolocation("DE-BY")).toBeUndefined();
    expect(parseGeolocation("de")).toBeUndefined();
    expect(parseGeolocation("country:XX")).toBeUndefined();
  });
});
