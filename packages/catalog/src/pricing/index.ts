export * from "./price-book-types.js";
export { EMBEDDED_PRICE_BOOK } from "./embedded-price-book.js";
export { PriceIndex, priceIndex, type PriceFilter } from "./price-index.js";
export * from "./usage.js";
export { usageOverrideRange, type UsageOverrideRange } from "./usage-override-ranges.js";
export * from "./cost-estimate.js";
export { estimateCost, REFRESH_HINT, type EstimateOptions } from "./estimate-cost.js";
export * from "./budget.js";
export type {
  CostComponent,
  MapperContext,
  NotPriced,
  PriceMapper,
  PriceMappers,
} from "./mapper-types.js";
export { isPriced } from "./mapper-types.js";
export { PRICE_MAPPERS } from "./mappers/index.js";
export * from "../money.js";
export * from "./recommendations/index.js";
export { CostCode } from "./cost-codes.js";
export { unpricedRegions, unpricedSummary } from "./unpriced-summary.js";
export { costReport, type CostReport, type CostReportOptions } from "./cost-report.js";
export { renderCostDiffText, renderCostText, type RenderCostOptions } from "./render-cost-text.js";
export { parsePriceBook } from "./parse-price-book.js";
export { looksLikeCostReport, parseCostReport } from "./parse-cost-report.js";
export { CostFileCode } from "./cost-file-codes.js";
export { diffCost, type CostChange, type CostDiff } from "./cost-diff.js";
