import { KIND_NAMES } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { isPriced } from "../mapper-types.js";
import { PRICE_MAPPERS } from "./index.js";

describe("price mapper registry", () => {
  it.each(KIND_NAMES)("%s has a price mapper or a stated reason it costs nothing", (kind) => {
    const entry = PRICE_MAPPERS[kind];
    if (isPriced(entry)) expect(entry.kind).toBe(kind);
    else expect(entry.notPriced.length).toBeGreaterThan(10);
  });

  it("lists exactly the graph's kinds", () => {
    expect(Object.keys(PRICE_MAPPERS).sort()).toEqual([...KIND_NAMES]);
  });
});
