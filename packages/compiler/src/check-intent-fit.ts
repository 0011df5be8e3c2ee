import { type CompileContext, report } from "./context.js";
import { edgesFrom } from "./connections.js";
import { CompileCode } from "./diagnostic-codes.js";

/** Intent-level facts the compiler must flag before building: zones, and edges it cannot wire. */
export function checkIntentFit(context: CompileContext): void {
  const { availability, intent } = context;
  if (availability.zoneCount < availability.zonesWanted) {
    report(context, "/availability", {
      code: CompileCode.NotEnoughZones,
      severity: "warning",
      message: `Availability ${intent.availability} wants ${availability.zonesWanted} AZs, but ${intent.region} offers ${availability.zoneCount}; the plan spreads over ${availability.zoneCount}.`,
      hint: `Choose a region with ${availability.zonesWanted} or more AZs (for example us-east-2) for this target.`,
    });
  }
  for (const t of context.tiers) {
    for (const edge of edgesFrom(context, t)) {
      if (edge.role !== "ignored") continue;
      report(context, edge.pointer, {
        code: CompileCode.IgnoredConnection,
        severity: "warning",
        message: `${t.name} (${t.type}) connectsTo ${edge.to.name} (${edge.to.type}): IDIO has nothing to wire for this edge and ignores it.`,
        hint: "Only web, api, worker and function tiers make connections; list the edge on the tier that calls the other.",
      });
    }
  }
}
