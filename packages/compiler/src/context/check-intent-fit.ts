import { type CompileContext, report } from "./context.js";
import { edgesFrom } from "./connections.js";
import { CompileCode } from "../diagnostic-codes.js";
import { fitsLambda, LAMBDA_LIMITS } from "../decide/select-compute.js";

/** Intent-level facts the compiler must flag before building: zones, and edges it cannot wire. */
export function checkIntentFit(context: CompileContext): void {
  const { availability, intent } = context;
  if (availability.zoneCount < availability.zonesWanted) {
    report(context, "/availability", {
      code: CompileCode.NotEnoughZones,
      message: `Availability ${intent.availability} wants ${availability.zonesWanted} AZs, but ${intent.region} offers ${availability.zoneCount}; the plan spreads over ${availability.zoneCount}.`,
      hint: `Choose a region with ${availability.zonesWanted} or more AZs (for example us-east-2) for this target.`,
    });
  }
  for (const unmet of context.recovery.unmet) {
    report(context, unmet.pointer, {
      code: CompileCode.RecoveryObjectiveUnmet,
      message: `${unmet.message}.`,
      hint: `${unmet.hint}.`,
    });
  }
  for (const t of context.tiers) {
    if (context.compute.get(t.name)?.service === "lambda" && !fitsLambda(t.tier)) {
      const field = (t.tier.memoryMb ?? 0) > LAMBDA_LIMITS.memoryMb ? "memoryMb" : "cpu";
      report(context, `${t.pointer}/${field}`, {
        code: CompileCode.LambdaTooLarge,
        message: `${t.name} runs on Lambda (${t.type === "function" ? "a function tier" : "compute: lambda"}), but one function has at most ${LAMBDA_LIMITS.memoryMb} MB and ${LAMBDA_LIMITS.vcpu} vCPUs.`,
        hint: `Lower ${field} to fit Lambda, or run the tier on containers (compute: fargate, or type: worker).`,
      });
    }
    for (const edge of edgesFrom(context, t)) {
      if (edge.role !== "ignored") continue;
      report(context, edge.pointer, {
        code: CompileCode.IgnoredConnection,
        message: `${t.name} (${t.type}) connectsTo ${edge.to.name} (${edge.to.type}): IDIO has nothing to wire for this edge and ignores it.`,
        hint: "Only web, api, worker and function tiers make connections; list the edge on the tier that calls the other.",
      });
    }
  }
}
