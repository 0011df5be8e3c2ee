import { KIND_NAMES } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { NO_DIRECT_COST, PRICE_MAPPERS } from "./index.js";

describe("price mapper registry", () => {
  it.each(KIND_NAMES)("%s has a price mapper or a declared reason it costs nothing", (kind) => {
    const priced = PRICE_MAPPERS[kind] !== undefined;
    const free = NO_DIRECT_COST[kind] !== undefined;
    expect(priced !== free).toBe(true);
    if (priced) expect(PRICE_MAPPERS[kind]?.kind).toBe(kind);
    if (free) expect(NO_DIRECT_COST[kind]?.length).toBeGreaterThan(10);
  });

  it("lists only real graph kinds", () => {
    for (const kind of [...Object.keys(PRICE_MAPPERS), ...Object.keys(NO_DIRECT_COST)])
      expect(KIND_NAMES).toContain(kind);
  });
});
