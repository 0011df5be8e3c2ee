import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
import { parsePriceBook } from "./parse-price-book.js";

const text = (book: unknown) => JSON.stringify(book);

describe("parsePriceBook: unpriced marks", () => {
  it("accepts the embedded book with its marks, and a book without any", () => {
    expect(parsePriceBook(text(EMBEDDED_PRICE_BOOK)).problems).toEqual([]);
    const { unpriced: _marks, ...bare } = EMBEDDED_PRICE_BOOK;
    expect(parsePriceBook(text(bare)).problems).toEqual([]);
  });

  it("rejects a mark without a reason, or with products that are not strings", () => {
    const bad = {
      ...EMBEDDED_PRICE_BOOK,
      unpriced: [{ region: "ap-east-1" }, { region: "eu-west-2", products: [1], reason: "x" }],
    };
    expect(parsePriceBook(text(bad)).problems).toEqual([
      "unpriced[0]: needs a region and a reason (strings), and products, if given, as an array of strings",
      "unpriced[1]: needs a region and a reason (strings), and products, if given, as an array of strings",
    ]);
    expect(parsePriceBook(text({ ...EMBEDDED_PRICE_BOOK, unpriced: {} })).problems).toEqual([
      "unpriced must be an array",
    ]);
  });
});
