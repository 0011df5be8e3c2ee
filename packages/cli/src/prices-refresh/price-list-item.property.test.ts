import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMBEDDED_PRICE_BOOK, parsePriceBook } from "@idio-iac/catalog";
import { normaliseUsd } from "./price-list-item.js";

/** digits × 10^exponent as an exact decimal scaled by 10^12, or undefined when it has more decimals. */
function scaled(digits: string, exponent: number): bigint | undefined {
  const shift = 12 + exponent;
  if (shift >= 0) return BigInt(digits) * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  return BigInt(digits) % divisor === 0n ? BigInt(digits) / divisor : undefined;
}

function scaledPlain(text: string): bigint {
  const [whole = "0", fraction = ""] = text.split(".");
  return BigInt(whole + fraction.padEnd(12, "0"));
}

describe("normaliseUsd over tiny and huge prices", () => {
  it("writes every representable price as a plain decimal the price-book reader accepts, equal in value", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,12}$/),
        fc.integer({ min: -30, max: 20 }),
        fc.boolean(),
        (digits, exponent, upper) => {
          // The API's forms: 1.5E-7 (mantissa with a point) and plain exponent.
          const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
          const shift = exponent - (digits.length - 1);
          const text = `${mantissa}${upper ? "E" : "e"}${exponent >= 0 ? "+" : ""}${exponent}`;
          const plain = normaliseUsd(text);
          const expected = scaled(digits, shift);
          const whole = expected === undefined ? 0n : expected / 10n ** 12n;
          if (expected === undefined || whole >= 10n ** 15n) {
            expect(plain).toBeUndefined();
            return;
          }
          expect(plain).toBeDefined();
          expect(plain).toMatch(/^\d+(\.\d{1,12})?$/);
          expect(plain).not.toMatch(/[eE]/);
          expect(scaledPlain(plain!)).toBe(expected);
          // Round trip through the file format.
          const book = {
            ...EMBEDDED_PRICE_BOOK,
            prices: [{ ...EMBEDDED_PRICE_BOOK.prices[0]!, usd: plain! }],
          };
          const parsed = parsePriceBook(`${JSON.stringify(book, null, 2)}\n`);
          expect(parsed.problems).toEqual([]);
          expect(parsed.book?.prices[0]?.usd).toBe(plain);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never yields exponent notation where Number#toString would (1e-7, 1e21)", () => {
    expect(String(1e-7)).toBe("1e-7");
    expect(normaliseUsd(String(1e-7))).toBe("0.0000001");
    expect(String(1.5e-10)).toBe("1.5e-10");
    expect(normaliseUsd(String(1.5e-10))).toBe("0.00000000015");
  });
});
