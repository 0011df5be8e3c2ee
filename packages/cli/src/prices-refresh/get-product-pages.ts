import type { GetProductsCommandInput, PricingClient } from "@aws-sdk/client-pricing";
import { CostCode } from "@idio-iac/catalog";
import { RefreshError } from "./refresh-error.js";

/** A query answered in more pages than this is taken for a runaway token (IDIO's largest needs ~20). */
export const DEFAULT_MAX_PAGES = 500;

const API_HINT =
  "The Price List API answers from us-east-1: check network access to api.pricing.us-east-1.amazonaws.com and the pricing:GetProducts permission, then run the command again (the previous price book is unchanged).";

/**
 * Every page of one GetProducts query, bounded: a NextToken the API sent
 * before, or more than `maxPages` pages, is an error instead of an endless loop.
 * SDK errors become RefreshErrors naming the query (credential errors pass through).
 */
export async function* getProductPages(
  client: PricingClient,
  input: Omit<GetProductsCommandInput, "NextToken">,
  label: string,
  maxPages: number = DEFAULT_MAX_PAGES,
): AsyncGenerator<readonly string[]> {
  const { GetProductsCommand } = await import("@aws-sdk/client-pricing");
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 1; ; page++) {
    if (page > maxPages)
      throw new RefreshError(
        CostCode.PriceListPagination,
        `the Price List API answered ${label} in more than ${maxPages} pages; stopped.`,
        "This is an API fault or a query that matches far too many products; report it with the query named here.",
      );
    let output;
    try {
      output = await client.send(
        new GetProductsCommand({ ...input, ...(token ? { NextToken: token } : {}) }),
      );
    } catch (error) {
      throw classify(error, label, page);
    }
    yield output.PriceList ?? [];
    const next = output.NextToken;
    if (next === undefined || next === "") return;
    if (seen.has(next))
      throw new RefreshError(
        CostCode.PriceListPagination,
        `the Price List API sent the same page token twice for ${label} (page ${page}); stopped instead of looping.`,
        "This is an API fault; run the command again later.",
      );
    seen.add(next);
    token = next;
  }
}

function classify(error: unknown, label: string, page: number): unknown {
  if (!(error instanceof Error)) return error;
  if (error.name === "CredentialsProviderError") return error;
  const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts;
  const tried = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
  if (error.name === "TimeoutError" || (error as NodeJS.ErrnoException).code === "ETIMEDOUT")
    return new RefreshError(
      CostCode.PriceListTimeout,
      `the Price List API did not answer ${label} (page ${page}) within the request timeout${tried}.`,
      `Raise --request-timeout (milliseconds) on a slow network. ${API_HINT}`,
      { cause: error },
    );
  return new RefreshError(
    CostCode.PriceListFailed,
    `the Price List API failed for ${label} (page ${page})${tried}: ${error.name}: ${error.message}`,
    API_HINT,
    { cause: error },
  );
}
