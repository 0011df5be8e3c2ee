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
  /** USD per unit as the API wrote it (a decimal string). */
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
      if (usd === undefined || !/^\d+(\.\d+)?$/.test(usd)) continue;
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

/** "0.0404800000" -> "0.04048": exact, without trailing zeros, at most 12 decimals. */
export function normaliseUsd(usd: string): string | undefined {
  const [whole = "0", fraction = ""] = usd.split(".");
  const trimmed = fraction.replace(/0+$/, "");
  if (trimmed.length > 12) return undefined;
  return trimmed.length > 0 ? `${Number(whole)}.${trimmed}` : String(Number(whole));
}

/** The first-tier on-demand rate (lowest beginRange; a free first tier is skipped for the first paid one). */
export function firstTierRate(item: PriceListItem): OnDemandRate | undefined {
  const rates = [...item.onDemand].sort((a, b) => a.beginRange - b.beginRange);
  return rates.find((rate) => Number(rate.usd) > 0) ?? rates[0];
}
