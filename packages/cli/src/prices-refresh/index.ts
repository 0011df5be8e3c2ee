export { refreshPriceBook, type RefreshOptions, type RefreshResult } from "./refresh-price-book.js";
export {
  createPricingClient,
  PRICING_CLIENT_DEFAULTS,
  type PricingClient,
  type PricingClientOptions,
} from "./pricing-client.js";
export { RefreshError } from "./refresh-error.js";
export { DEFAULT_MAX_PAGES } from "./get-product-pages.js";
export { PRICE_QUERIES, type PriceQuery } from "./price-queries.js";
export {
  parsePriceListItem,
  firstTierRate,
  normaliseUsd,
  type PriceListItem,
} from "./price-list-item.js";
