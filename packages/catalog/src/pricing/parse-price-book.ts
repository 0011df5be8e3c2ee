import type { PriceBook } from "./price-book-types.js";

/**
 * Checks a price book read from a file (`idio prices refresh --out`):
 * shape, decimal prices and sources. Returns the problems found, never throws.
 */
export function parsePriceBook(text: string): { book?: PriceBook; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const problems: string[] = [];
  const book = value as Partial<PriceBook>;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { problems: ["not a JSON object"] };
  if (book.schemaVersion !== 1) problems.push("schemaVersion must be 1");
  if (book.currency !== "USD") problems.push('currency must be "USD"');
  if (!Array.isArray(book.regions) || !book.regions.every((r) => typeof r === "string"))
    problems.push("regions must be an array of region names");
  if (typeof book.retrieved !== "string") problems.push("retrieved must be a date string");
  if (!Array.isArray(book.prices)) problems.push("prices must be an array");
  else
    book.prices.forEach((price, index) => {
      if (problems.length >= 10) return;
      if (typeof price?.product !== "string" || typeof price.region !== "string")
        problems.push(`prices[${index}]: product and region must be strings`);
      else if (typeof price.usd !== "string" || !/^\d+(\.\d{1,12})?$/.test(price.usd))
        problems.push(`prices[${index}] (${price.product}): usd must be a decimal string`);
      else if (
        typeof price.attributes !== "object" ||
        price.attributes === null ||
        Array.isArray(price.attributes) ||
        !Object.values(price.attributes).every((v) => typeof v === "string")
      )
        problems.push(
          `prices[${index}] (${price.product}): attributes must be an object of strings`,
        );
      else if (typeof price.unit !== "string")
        problems.push(`prices[${index}] (${price.product}): unit must be a string`);
      else if (
        typeof price.source !== "object" ||
        price.source === null ||
        typeof price.source.kind !== "string" ||
        typeof price.source.retrieved !== "string"
      )
        problems.push(
          `prices[${index}] (${price.product}): source must name its kind and retrieved date`,
        );
    });
  if (book.unpriced !== undefined) {
    if (!Array.isArray(book.unpriced)) problems.push("unpriced must be an array");
    else
      book.unpriced.forEach((mark, index) => {
        if (
          typeof mark?.region !== "string" ||
          typeof mark.reason !== "string" ||
          (mark.products !== undefined &&
            (!Array.isArray(mark.products) ||
              !(mark.products as unknown[]).every((product) => typeof product === "string")))
        )
          problems.push(
            `unpriced[${index}]: needs a region and a reason (strings), and products, if given, as an array of strings`,
          );
      });
  }
  return problems.length > 0 ? { problems } : { book: value as PriceBook, problems };
}
