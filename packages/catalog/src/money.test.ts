import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatUsd,
  formatUsdGrouped,
  lineCostMicros,
  parseDecimal,
  roundQuantity,
} from "./money.js";

describe("money", () => {
  it("multiplies exactly where binary floating point drifts", () => {
    // 0.1 + 0.2 style drift: 3 x 0.1 in floats is 0.30000000000000004
    expect(lineCostMicros(3, "0.1")).toBe(300_000);
    expect(lineCostMicros(730, "0.0000133334")).toBe(9_733);
    expect(lineCostMicros(2_628_000_000, "0.0000002")).toBe(525_600_000);
  });

  it("rounds each line half away from zero to a micro-dollar", () => {
    expect(lineCostMicros(1, "0.0000005")).toBe(1);
    expect(lineCostMicros(1, "0.00000049")).toBe(0);
  });

  it("parses decimals and rejects what is not one", () => {
    expect(parseDecimal("1.5", 3)).toBe(1500n);
    expect(() => parseDecimal("1e-5", 12)).toThrow();
    expect(() => parseDecimal("0.1234", 3)).toThrow();
  });

  it("formats cents", () => {
    expect(formatUsd(1_234_565_000)).toBe("1234.57");
    expect(formatUsd(5_000)).toBe("0.01");
    expect(formatUsdGrouped(12_345_678_900_000)).toBe("$12,345,678.90");
  });

  it("property: the cost of a sum of quantities is the sum of costs within one micro-dollar per line", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom("0.04048", "0.0000133334", "0.115", "1.00"),
        (quantities, price) => {
          const rounded = quantities.map(roundQuantity);
          const separate = rounded.reduce(
            (sum, quantity) => sum + lineCostMicros(quantity, price),
            0,
          );
          const together = lineCostMicros(roundQuantity(rounded.reduce((a, b) => a + b, 0)), price);
          expect(Math.abs(separate - together)).toBeLessThanOrEqual(quantities.length);
        },
      ),
    );
  });
});
