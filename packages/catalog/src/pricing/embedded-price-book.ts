import snapshot from "./price-book.json" with { type: "json" };
import type { PriceBook } from "./price-book-types.js";

/** The price book committed with IDIO (see `idio prices refresh` to rebuild it). */
export const EMBEDDED_PRICE_BOOK: PriceBook = snapshot as unknown as PriceBook;
