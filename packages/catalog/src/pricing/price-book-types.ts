/**
 * The price book: AWS list prices (USD, on-demand) per region, each with
 * where it came from. Prices are looked up by product and attribute filter
 * (`rds-instance-hours` + `{engine, instanceClass, deployment}`), never
 * written into the mappers.
 */
export type PriceSource =
  | {
      readonly kind: "pricing-page";
      readonly url: string;
      /** YYYY-MM-DD the price was read. */
      readonly retrieved: string;
      /** A second public source showing the same number on that date. */
      readonly corroboratedBy?: string;
    }
  | {
      /**
       * AWS's own price data, copied into a public repository: a Price List
       * offer-file extract, or the metered unit map the AWS pricing page
       * renders its regional prices from (the page itself shows them only in
       * the browser).
       */
      readonly kind: "aws-price-data-copy";
      /** The committed file, at a commit. */
      readonly url: string;
      /** Which AWS data the file copies, e.g. `AmazonDynamoDB offer file 20260911124422`. */
      readonly copyOf: string;
      /** YYYY-MM-DD the copied AWS data was published. */
      readonly publicationDate: string;
      /** The row's AWS rate code (SKU.offerTerm.rateCode), where the copy gives it. */
      readonly rateCode?: string;
      /** YYYY-MM-DD the price was read from the copy. */
      readonly retrieved: string;
      /** A second public source showing the same number. */
      readonly corroboratedBy?: string;
    }
  | {
      readonly kind: "price-list-api";
      /** Price List service code, e.g. `AmazonRDS`. */
      readonly serviceCode: string;
      readonly sku: string;
      /** Offer term code (on-demand), e.g. `JRTCKXETXF`. */
      readonly offerTermCode: string;
      readonly rateCode: string;
      /** Offer publication date the API reported. */
      readonly publicationDate: string;
      readonly retrieved: string;
    };

export interface PriceEntry {
  /** IDIO's name for the priced component (`fargate-vcpu-hours`). */
  readonly product: string;
  /** AWS region code, or `global` for CloudFront, Route 53 and commitment rates. */
  readonly region: string;
  /** The filter values that select this price among the product's prices. */
  readonly attributes: Readonly<Record<string, string>>;
  /** What one unit is (`hour`, `GB-month`, `request`). */
  readonly unit: string;
  /** USD per unit as an exact decimal string; never a binary float. */
  readonly usd: string;
  readonly source: PriceSource;
}

/**
 * A region, or some of its products, the book deliberately has no price for,
 * and why. A mark never hides a price: the estimator looks the price up first
 * and reads a mark only to explain a miss (the component is still left out,
 * the estimate incomplete and the budget verdict unknown).
 */
export interface UnpricedMark {
  readonly region: string;
  /** The products not priced there; absent: every product in the region. */
  readonly products?: readonly string[];
  readonly reason: string;
}

export interface PriceBook {
  readonly schemaVersion: 1;
  readonly currency: "USD";
  /** Date of the newest price in the book. */
  readonly retrieved: string;
  readonly description: string;
  /** Regions the book covers (besides `global`). */
  readonly regions: readonly string[];
  readonly prices: readonly PriceEntry[];
  /** Regions and products known to be missing, with the reason (see UnpricedMark). */
  readonly unpriced?: readonly UnpricedMark[];
}
