/**
 * Every region IDIO accepts (core's AWS_REGIONS) has a price in the embedded
 * book for every product the price mappers ask for, or the book marks that
 * product (or the whole region) unpriced with a reason: never a silent gap.
 * The products come from the mappers themselves (test-support/mapper-needs.ts
 * estimates the every-kind fixtures and the examples against an empty book).
 */
import { REGION_NAMES } from "@idio-iac/core";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { priceIndex } from "./price-index.js";
import { mapperPriceNeeds, needKey } from "./test-support/mapper-needs.js";

const book = EMBEDDED_PRICE_BOOK;
const index = priceIndex(book);
const needs = mapperPriceNeeds();

describe("price coverage of every accepted region", () => {
  it("finds the mappers' products (the fixtures still compile to priced kinds)", () => {
    expect(needs.length).toBeGreaterThan(50);
    expect(needs.map((need) => need.product)).toContain("fargate-vcpu-hours");
  });

  it("prices every global product", () => {
    const missing = needs
      .filter((need) => need.global)
      .filter((need) => !index.find({ ...need, region: "global" }))
      .map(needKey);
    expect(missing).toEqual([]);
  });

  it.each(REGION_NAMES)(
    "%s: every product a mapper needs is priced or marked unpriced",
    (region) => {
      const silent = needs
        .filter((need) => !need.global)
        .filter(
          (need) =>
            !index.find({ product: need.product, region, attributes: need.attributes }) &&
            !index.unpricedMark(region, need.product),
        )
        .map(needKey);
      expect(silent, `add the price for ${region} or an unpriced mark (with the reason)`).toEqual(
        [],
      );
    },
  );

  it("marks only regions IDIO accepts and products the mappers ask for, each with a reason", () => {
    const products = new Set(needs.map((need) => need.product));
    for (const mark of book.unpriced ?? []) {
      expect(REGION_NAMES).toContain(mark.region);
      expect(mark.reason.length).toBeGreaterThan(10);
      for (const product of mark.products ?? []) expect(products).toContain(product);
    }
  });

  it("keeps no stale mark: each marked product still lacks a price there for some need", () => {
    const stale = (book.unpriced ?? []).flatMap((mark) =>
      (mark.products ?? [])
        .filter((product) =>
          needs
            .filter((need) => !need.global && need.product === product)
            .every((need) => index.find({ ...need, region: mark.region })),
        )
        .map((product) => `${mark.region}: ${product}`),
    );
    expect(stale, "rerun scripts/merge-prices.ts to re-derive the marks").toEqual([]);
  });

  it("lists exactly the regions it holds prices for", () => {
    const priced = [...new Set(book.prices.map((price) => price.region))]
      .filter((region) => region !== "global")
      .sort();
    expect([...book.regions].sort()).toEqual(priced);
  });
});
