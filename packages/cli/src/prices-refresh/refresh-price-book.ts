import { compareText, type PriceBook, type PriceEntry } from "@idio-iac/catalog";
import { PRICE_QUERIES, type PriceQuery } from "./price-queries.js";
import { firstTierRate, normaliseUsd, parsePriceListItem } from "./price-list-item.js";
import { DEFAULT_MAX_PAGES, getProductPages } from "./get-product-pages.js";
import type { PricingClient } from "./pricing-client.js";

export interface RefreshOptions {
  readonly client: PricingClient;
  readonly regions: readonly string[];
  /** The book whose rows the API does not cover are kept (the embedded one). */
  readonly base: PriceBook;
  /** YYYY-MM-DD recorded as the retrieval date of every fetched price. */
  readonly today: string;
  readonly queries?: readonly PriceQuery[];
  /** Pages one query may take before the refresh stops (IDIO607); default 500. */
  readonly maxPages?: number;
  /** Called after each query, for progress on a terminal. */
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface RefreshResult {
  readonly book: PriceBook;
  /** Prices fetched from the API (the rest came from the base book). */
  readonly fetched: number;
  /** Queries that returned nothing for a region (the base book's rows stay). */
  readonly empty: readonly string[];
}

function keyOf(entry: Pick<PriceEntry, "product" | "region" | "attributes">): string {
  const attributes = Object.keys(entry.attributes)
    .sort()
    .map((name) => `${name}=${entry.attributes[name]}`)
    .join(";");
  return `${entry.product}|${entry.region}|${attributes}`;
}

/**
 * Rebuilds a price book from the AWS Price List API: GetProducts per query
 * and region, filtered with TERM_MATCH, every page followed (bounded). Rows
 * the API answers replace the base book's; the others are kept as they were.
 * Any failed request rejects with a RefreshError: never a partial book.
 */
export async function refreshPriceBook(options: RefreshOptions): Promise<RefreshResult> {
  const queries = options.queries ?? PRICE_QUERIES;
  const entries = new Map(options.base.prices.map((entry) => [keyOf(entry), entry]));
  const empty: string[] = [];
  let fetched = 0;
  let done = 0;
  const total = queries.length * options.regions.length;
  for (const region of options.regions) {
    for (const query of queries) {
      const filters = [
        { Type: "TERM_MATCH" as const, Field: "regionCode", Value: region },
        ...Object.entries(query.filters).map(([Field, Value]) => ({
          Type: "TERM_MATCH" as const,
          Field,
          Value,
        })),
      ];
      let found = 0;
      const label = `${query.product} in ${region}`;
      const pages = getProductPages(
        options.client,
        {
          ServiceCode: query.serviceCode,
          Filters: filters,
          FormatVersion: "aws_v1",
          MaxResults: 100,
        },
        label,
        options.maxPages ?? DEFAULT_MAX_PAGES,
      );
      for await (const page of pages) {
        for (const text of page) {
          const item = parsePriceListItem(text);
          if (!item) continue;
          const attributes = query.attributes(item.attributes);
          const rate = attributes ? firstTierRate(item) : undefined;
          const usd = rate ? normaliseUsd(rate.usd) : undefined;
          if (!attributes || !rate || usd === undefined) continue;
          const entry: PriceEntry = {
            product: query.product,
            region,
            attributes,
            unit: query.unit,
            usd,
            source: {
              kind: "price-list-api",
              serviceCode: query.serviceCode,
              sku: item.sku,
              offerTermCode: rate.offerTermCode,
              rateCode: rate.rateCode,
              publicationDate: item.publicationDate,
              retrieved: options.today,
            },
          };
          entries.set(keyOf(entry), entry);
          found++;
        }
      }
      fetched += found;
      if (found === 0) empty.push(label);
      options.onProgress?.(++done, total, label);
    }
  }
  const prices = [...entries.values()].sort((a, b) => compareText(keyOf(a), keyOf(b)));
  const regions = [...new Set([...options.base.regions, ...options.regions])].sort();
  return {
    book: {
      ...options.base,
      retrieved: options.today,
      description: `AWS on-demand list prices (USD): Price List API values fetched ${options.today} for ${[...options.regions].sort().join(", ")}, the rest from the embedded book.`,
      regions,
      prices,
    },
    fetched,
    empty,
  };
}
