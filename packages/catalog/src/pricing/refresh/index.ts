export {
  createPricingClient,
  refreshPriceBook,
  type PricingClient,
  type RefreshOptions,
  type RefreshResult,
} from "./refresh-price-book.js";
export { PRICE_QUERIES, type PriceQuery } from "./price-queries.js";
export {
  parsePriceListItem,
  firstTierRate,
  normaliseUsd,
  type PriceListItem,
} from "./price-list-item.js";
