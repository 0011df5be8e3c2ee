import { RELATIVE_PRICES } from "@idio-iac/core";
import { describe, expect, it } from "vitest";
import book from "./price-book.json" with { type: "json" };

/**
 * us-east-1 on-demand hourly price of a class as the embedded price book has it:
 * RDS PostgreSQL Single-AZ, Aurora PostgreSQL, ElastiCache Redis OSS, EC2 Linux.
 */
function hourly(cls: string, aurora: boolean): number {
  const row = book.prices.find((p) => {
    if (p.region !== "us-east-1") return false;
    const a = p.attributes as Record<string, string>;
    if (cls.startsWith("db."))
      return aurora
        ? p.product === "aurora-instance-hours" &&
            a.instanceClass === cls &&
            a.engine === "aurora-postgresql"
        : p.product === "rds-instance-hours" &&
            a.instanceClass === cls &&
            a.engine === "postgres" &&
            a.deployment === "Single-AZ";
    if (cls.startsWith("cache."))
      return p.product === "elasticache-node-hours" && a.nodeType === cls && a.engine === "redis";
    return p.product === "ec2-instance-hours" && a.instanceType === cls;
  });
  if (row === undefined) throw new Error(`no price for ${cls}`);
  return Number(row.usd);
}

describe("core's relative price table (budget fitting in the compiler)", () => {
  it.each(RELATIVE_PRICES.map((p) => [p.class, p.instead, p.ratio] as const))(
    "%s / %s = %s, as in the embedded price book",
    (cls, instead, ratio) => {
      // Aurora offers no db.m7g: a pair against db.r7g.large compares Aurora prices.
      const aurora = instead === "db.r7g.large";
      expect(Math.abs(hourly(cls, aurora) / hourly(instead, aurora) - ratio)).toBeLessThan(0.0015);
    },
  );
});
