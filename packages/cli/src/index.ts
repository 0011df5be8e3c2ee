// @idio-iac/cli: the `idio` command (runCli) and the AWS price refresh. The
// library (plan(), validate(), planToJson()) is the `idio-iac` package.
export type { CliIo } from "./cli/cli-io.js";
export { ExitCode, type ExitCodeValue } from "./cli/exit-codes.js";
export {
  DEFAULT_MAX_PAGES,
  PRICE_QUERIES,
  PRICING_CLIENT_DEFAULTS,
  RefreshError,
  type PriceListItem,
  type PriceQuery,
  type PricingClient,
  type PricingClientOptions,
  type RefreshOptions,
  type RefreshResult,
} from "./prices-refresh/index.js";
// Every exported function checks its arguments and throws IdioArgumentError (README "Errors").
export {
  createPricingClient,
  firstTierRate,
  normaliseUsd,
  parsePriceListItem,
  refreshPriceBook,
  runCli,
} from "./public-api.js";
