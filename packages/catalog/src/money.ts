/**
 * Exact money arithmetic. Unit prices are decimal strings with up to 12
 * fractional digits; quantities are rounded to 6; every line item is rounded
 * once, half away from zero, to whole micro-dollars (1e-6 USD), and totals are
 * sums of those integers, so a total always equals the sum of its lines.
 */
const PRICE_SCALE = 12;
const QUANTITY_SCALE = 6;
const PRICE_FACTOR = 10n ** BigInt(PRICE_SCALE);

/** Micro-dollars (integer millionths of a US dollar). */
export type Micros = number;

export function parseDecimal(text: string, scale: number): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`not a decimal number: ${JSON.stringify(text)}`);
  const [, sign = "", whole = "0", fraction = ""] = match;
  if (fraction.length > scale) throw new Error(`${text} has more than ${scale} decimal places`);
  const value = BigInt(whole + fraction.padEnd(scale, "0"));
  return sign === "-" ? -value : value;
}

/** A quantity as an integer count of millionths. */
export function quantityUnits(quantity: number): bigint {
  if (!Number.isFinite(quantity) || quantity < 0)
    throw new Error(`quantity must be finite and >= 0: ${quantity}`);
  return BigInt(Math.round(quantity * 10 ** QUANTITY_SCALE));
}

/** Rounds a quantity to the 6 decimals the cost is computed from. */
export function roundQuantity(quantity: number): number {
  return Number(quantityUnits(quantity)) / 10 ** QUANTITY_SCALE;
}

/** quantity x unit price, in micro-dollars, rounded half away from zero. */
export function lineCostMicros(quantity: number, usdPerUnit: string): Micros {
  const product = quantityUnits(quantity) * parseDecimal(usdPerUnit, PRICE_SCALE);
  // product is scaled by 10^(6+12); micro-dollars are scaled by 10^6.
  const divisor = PRICE_FACTOR;
  const rounded = (product + divisor / 2n) / divisor;
  return Number(rounded);
}

/** Whole micro-dollars as a USD number (for JSON); exact for any realistic bill. */
export function microsToUsd(micros: Micros): number {
  return micros / 1e6;
}

/** Rounds micro-dollars to cents, half away from zero, as a "1234.56" string. */
export function formatUsd(micros: Micros): string {
  const cents = Math.round(Math.abs(micros) / 1e4) * Math.sign(micros);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** "$12,345.67" for tables. */
export function formatUsdGrouped(micros: Micros): string {
  const [whole = "0", fraction = "00"] = formatUsd(micros).replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${micros < 0 ? "-" : ""}$${grouped}.${fraction}`;
}

/** Parses a USD amount (budget limits) into micro-dollars. */
export function usdToMicros(usd: number): Micros {
  return Math.round(usd * 1e6);
}

/** Code-unit order: fast and the same in every locale (unlike localeCompare), so output is deterministic. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
