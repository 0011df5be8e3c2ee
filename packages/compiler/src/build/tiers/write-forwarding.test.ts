import { describe, expect, it } from "vitest";
import { compile } from "../../compile.js";
import { baseDocument, resolveIntent } from "../../test-support/intents.js";
import { forwardsWrites } from "./write-forwarding.js";

describe("Aurora global write forwarding", () => {
  it("is supported from Aurora PostgreSQL 14.9, 15.4 and 16, and Aurora MySQL 2.08.1", () => {
    expect(
      ["14.8", "14.9", "15.3", "15.4", "16.1", "17.4"].map((v) =>
        forwardsWrites("aurora-postgresql", v),
      ),
    ).toEqual([false, true, false, true, true, true]);
    expect(
      [
        "5.7.mysql_aurora.2.07.9",
        "5.7.mysql_aurora.2.08.0",
        "5.7.mysql_aurora.2.08.1",
        "5.7.mysql_aurora.2.11.2",
        "8.0.mysql_aurora.3.08.0",
      ].map((v) => forwardsWrites("aurora-mysql", v)),
    ).toEqual([false, false, true, true, true]);
  });

  it("refuses, at engineVersion, a version whose secondaries cannot forward the regions' writes (IDIO432)", () => {
    const intent = resolveIntent(
      baseDocument({
        regions: ["us-west-2"],
        tiers: [
          {
            name: "web",
            type: "web",
            trafficPattern: "steady",
            expectedRps: 100,
            connectsTo: ["db"],
          },
          { name: "db", type: "database", engine: "aurora-postgresql", engineVersion: "15.3" },
        ],
      }),
    );
    const { graph, diagnostics } = compile(intent);
    expect(graph).toBeUndefined();
    expect(
      diagnostics.filter((d) => d.code === "IDIO432").map((d) => [d.path, d.message, d.hint]),
    ).toEqual([
      [
        "/tiers/1/engineVersion",
        "db runs aurora-postgresql 15.3, whose global database cannot forward writes from us-west-2 to the writer in us-east-1; the tiers there write through their own region's cluster.",
        "Use Aurora PostgreSQL 16 or later (or 15.4+, 14.9+), or remove engineVersion for IDIO's default.",
      ],
    ]);
  });

  it("accepts the same version without regions (no secondary forwards writes)", () => {
    const intent = resolveIntent(
      baseDocument({
        tiers: [
          {
            name: "web",
            type: "web",
            trafficPattern: "steady",
            expectedRps: 100,
            connectsTo: ["db"],
          },
          { name: "db", type: "database", engine: "aurora-postgresql", engineVersion: "15.3" },
        ],
      }),
    );
    expect(compile(intent).diagnostics.filter((d) => d.code === "IDIO432")).toEqual([]);
  });
});
