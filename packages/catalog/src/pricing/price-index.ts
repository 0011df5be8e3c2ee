import type { PriceBook, PriceEntry, UnpricedMark } from "./price-book-types.js";

export interface PriceFilter {
  readonly product: string;
  readonly region: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

function keyOf(
  product: string,
  region: string,
  attributes: Readonly<Record<string, string>>,
): string {
  const parts = Object.keys(attributes)
    .sort()
    .map((name) => `${name}=${attributes[name]}`);
  return `${product}|${region}|${parts.join(";")}`;
}

/**
 * Looks prices up by filter: the product, the region and every attribute the
 * price is distinguished by. Built once per book and reused.
 */
export class PriceIndex {
  private readonly byKey = new Map<string, PriceEntry>();
  private readonly regions = new Set<string>();

  constructor(readonly book: PriceBook) {
    for (const entry of book.prices) {
      this.byKey.set(keyOf(entry.product, entry.region, entry.attributes), entry);
      this.regions.add(entry.region);
    }
  }

  find(filter: PriceFilter): PriceEntry | undefined {
    return this.byKey.get(keyOf(filter.product, filter.region, filter.attributes ?? {}));
  }

  covers(region: string): boolean {
    return this.regions.has(region);
  }

  /** The book's mark that explains why a product has no price in a region, if any. */
  unpricedMark(region: string, product: string): UnpricedMark | undefined {
    return (this.book.unpriced ?? []).find(
      (mark) =>
        mark.region === region && (mark.products === undefined || mark.products.includes(product)),
    );
  }
}

const indexes = new WeakMap<PriceBook, PriceIndex>();

export function priceIndex(book: PriceBook): PriceIndex {
  let index = indexes.get(book);
  if (!index) {
    index = new PriceIndex(book);
    indexes.set(book, index);
  }
  return index;
}
