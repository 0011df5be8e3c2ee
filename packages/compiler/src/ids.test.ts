import { describe, expect, it } from "vitest";
import { siteId, siteNamePart, siteSuffix, tierNodeId, tierPrefix } from "./ids.js";

describe("ids per site", () => {
  it("prefixes dr. or the region code, and nothing in the primary", () => {
    expect(siteId("primary", "api.service")).toBe("api.service");
    expect(siteId("dr", "api.service")).toBe("dr.api.service");
    expect(siteId("us-west-2", "api.service")).toBe("us-west-2.api.service");
    expect(tierNodeId("db", "cluster", "eu-west-1")).toBe("eu-west-1.db.cluster");
    expect([siteNamePart("primary"), siteNamePart("dr"), siteNamePart("eu-west-1")]).toEqual([
      [],
      ["dr"],
      ["eu-west-1"],
    ]);
    expect([siteSuffix("primary"), siteSuffix("dr"), siteSuffix("eu-west-1")]).toEqual([
      "",
      "-dr",
      "-eu-west-1",
    ]);
  });

  it("keeps a tier named like a shared area or a region code apart from them", () => {
    expect(tierPrefix("network")).toBe("tier.network");
    expect(tierPrefix("us-west-2")).toBe("tier.us-west-2");
    expect(tierPrefix("api-v2")).toBe("api-v2");
    expect(tierPrefix("orders-db")).toBe("orders-db");
  });
});
