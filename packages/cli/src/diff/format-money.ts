/** `$1,234.57` from micro-dollars (rounded to the cent, half away from zero). */
export function usd(microsValue: number): string {
  const cents = Math.round(Math.abs(microsValue) / 10_000);
  const dollars = Math.floor(cents / 100).toLocaleString("en-US");
  const sign = microsValue < 0 && cents > 0 ? "-" : "";
  return `${sign}$${dollars}.${String(cents % 100).padStart(2, "0")}`;
}

/** `+$1.00`, `-$1.00`, `$0.00`: a change always says which way it went. */
export function signedUsd(microsValue: number): string {
  const text = usd(microsValue);
  return microsValue > 0 && text !== "$0.00" ? `+${text}` : text;
}

/** `+12.5%`, `-3%`, or `new` when the base cost nothing. */
export function signedPercent(percent: number | null): string {
  if (percent === null) return "new";
  return `${percent > 0 ? "+" : ""}${percent}%`;
}

/** A changed value on one line, clipped: objects and arrays as compact JSON. */
export function shortValue(value: unknown, max = 80): string {
  const text = value === undefined ? "(none)" : JSON.stringify(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
