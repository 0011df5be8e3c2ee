import { type CompileContext, report } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { CompileCode } from "../../diagnostic-codes.js";
import type { DatabaseDesign } from "../../size/size-database.js";

/**
 * Whether an Aurora version's global database forwards writes from a
 * secondary region: Aurora PostgreSQL 16 and later, 15.4+, 14.9+
 * (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-write-forwarding-apg.html);
 * Aurora MySQL 2.08.1 and later, so every 3.x
 * (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-write-forwarding-ams.html).
 */
export function forwardsWrites(engine: string, version: string): boolean {
  if (engine === "aurora-postgresql") {
    const [major = 0, minor = 0] = version.split(".").map(Number);
    return major >= 16 || (major === 15 && minor >= 4) || (major === 14 && minor >= 9);
  }
  if (engine === "aurora-mysql") {
    const aurora = /mysql_aurora\.(\d+)\.(\d+)\.(\d+)/.exec(version);
    if (aurora === null) return false;
    const [major, minor, patch] = aurora.slice(1).map(Number) as [number, number, number];
    return major >= 3 || (major === 2 && (minor > 8 || (minor === 8 && patch >= 1)));
  }
  return false;
}

/** With serving regions every secondary forwards its region's writes: refuse a version that cannot (IDIO432). */
export function checkWriteForwarding(
  context: CompileContext,
  t: ResolvedTier,
  design: DatabaseDesign,
): void {
  if (context.servingRegions.length === 0 || !design.aurora) return;
  if (forwardsWrites(design.engine, design.engineVersion)) return;
  report(context, t.tier.engineVersion !== undefined ? `${t.pointer}/engineVersion` : t.pointer, {
    code: CompileCode.WriteForwardingVersion,
    message: `${t.name} runs ${design.engine} ${design.engineVersion}, whose global database cannot forward writes from ${context.servingRegions.join(", ")} to the writer in ${context.intent.region}; the tiers there write through their own region's cluster.`,
    hint:
      design.engine === "aurora-postgresql"
        ? "Use Aurora PostgreSQL 16 or later (or 15.4+, 14.9+), or remove engineVersion for IDIO's default."
        : "Use Aurora MySQL 3 (or 2.08.1+), or remove engineVersion for IDIO's default.",
  });
}
