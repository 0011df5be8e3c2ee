/**
 * One product of a Price List API GetProducts answer. `PriceList` holds each
 * product as a JSON string: the product (sku, attributes) and its terms;
 * on-demand prices are under terms.OnDemand[<sku>.<offerTermCode>].priceDimensions.
 */
export interface PriceListItem {
  readonly sku: string;
  readonly serviceCode: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly publicationDate: string;
  readonly onDemand: readonly OnDemandRate[];
}

export interface OnDemandRate {
  readonly offerTermCode: string;
  readonly rateCode: string;
  readonly unit: string;
  readonly description: string;
  readonly beginRange: number;
  /** USD per unit as the API wrote it (a decimal string, possibly in exponent notation: `1.5E-7`). */
  readonly usd: string;
}

interface RawDimension {
  unit?: string;
  description?: string;
  rateCode?: string;
  beginRange?: string;
  pricePerUnit?: { USD?: string };
}

interface RawItem {
  product?: { sku?: string; productFamily?: string; attributes?: Record<string, string> };
  serviceCode?: string;
  publicationDate?: string;
  terms?: {
    OnDemand?: Record<
      string,
      { offerTermCode?: string; priceDimensions?: Record<string, RawDimension> }
    >;
  };
}

/** Parses one PriceList entry; undefined when it is not a product with on-demand USD prices. */
export function parsePriceListItem(text: string): PriceListItem | undefined {
  let raw: RawItem;
  try {
    raw = JSON.parse(text) as RawItem;
  } catch {
    return undefined;
  }
  const sku = raw.product?.sku;
  if (!sku || !raw.product?.attributes) return undefined;
  const onDemand: OnDemandRate[] = [];
  for (const term of Object.values(raw.terms?.OnDemand ?? {})) {
    for (const dimension of Object.values(term.priceDimensions ?? {})) {
      const usd = dimension.pricePerUnit?.USD;
      if (usd === undefined || !API_DECIMAL.test(usd)) continue;
      onDemand.push({
        offerTermCode: term.offerTermCode ?? "",
        rateCode: dimension.rateCode ?? "",
        unit: dimension.unit ?? "",
        description: dimension.description ?? "",
        beginRange: Number(dimension.beginRange ?? "0"),
        usd,
      });
    }
  }
  return {
    sku,
    serviceCode: raw.serviceCode ?? "",
    ...(raw.product.productFamily ? { productFamily: raw.product.productFamily } : {}),
    attributes: raw.product.attributes,
    publicationDate: raw.publicationDate ?? "",
    onDemand,
  };
}

/** A non-negative decimal as the API writes it: `0.0404800000`, `12`, `1.5E-7`, `2e+3`. */
const API_DECIMAL = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/;

/** The price book's limits (parse-price-book.ts): at most 12 decimals; more than 15 whole digits is no price. */
const MAX_DECIMALS = 12;
const MAX_WHOLE_DIGITS = 15;

/**
 * "0.0404800000" -> "0.04048", "1.5E-7" -> "0.00000015": an exact plain decimal
 * (string arithmetic, never a float), without trailing zeros. Undefined when the
 * text is no decimal or the value needs more than 12 decimals or 15 whole digits.
 */
export function normaliseUsd(usd: string): string | undefined {
  const match = API_DECIMAL.exec(usd);
  if (!match) return undefined;
  const [, whole = "0", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  // Where the decimal point falls in `digits` once the exponent is applied.
  const point = whole.length + Number(exponent);
  let integer: string;
  let decimals: string;
  if (point <= 0) {
    integer = "0";
    decimals = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    integer = digits + "0".repeat(point - digits.length);
    decimals = "";
  } else {
    integer = digits.slice(0, point);
    decimals = digits.slice(point);
  }
  integer = integer.replace(/^0+(?=\d)/, "");
  decimals = decimals.replace(/0+$/, "");
  if (decimals.length > MAX_DECIMALS || integer.length > MAX_WHOLE_DIGITS) return undefined;
  return decimals.length > 0 ? `${integer}.${decimals}` : integer;
}

/** The first-tier on-demand rate (lowest beginRange; a free first tier is skipped for the first paid one). */
export function firstTierRate(item: PriceListItem): OnDemandRate | undefined {
  const rates = [...item.onDemand].sort((a, b) => a.beginRange - b.beginRange);
  return rates.find((rate) => Number(rate.usd) > 0) ?? rates[0];
}
