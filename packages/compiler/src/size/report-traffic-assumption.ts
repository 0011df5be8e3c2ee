import { THROUGHPUT } from "@idio-iac/core";
import { type CompileContext, report } from "../context/context.js";
import { CompileCode } from "../diagnostic-codes.js";
import { sizeEc2, sizeFargate } from "./size-compute.js";

/**
 * A web or api tier without `expectedRps` or `scaling` is sized on an assumption; say so
 * (IDIO426), next to the numbers the assumption drives: the copies it runs
 * and the requests the cost estimate bills.
 */
export function reportTrafficAssumptions(context: CompileContext): void {
  const { availability } = context;
  for (const t of context.tiers) {
    // `scaling` states the capacity; then only the cost estimate's request volume is assumed,
    // and the cost report lists that among its usage assumptions.
    if (t.type !== "web" && t.type !== "api") continue;
    if (t.tier.expectedRps !== undefined || t.tier.scaling !== undefined) continue;
    const decision = context.compute.get(t.name);
    if (decision === undefined) continue;
    const pattern = t.tier.trafficPattern;
    const peak = THROUGHPUT.defaultPeakRps;
    const average = Math.round(peak * THROUGHPUT.averageToPeak[pattern] * 100) / 100;
    const billed = `the cost estimate bills ${peak} req/s at peak (${average} req/s on an average hour for ${pattern} traffic)`;
    let runs: string;
    if (decision.service === "lambda") {
      runs = "it runs on Lambda, so it scales per request";
    } else {
      const plan =
        decision.service === "ec2"
          ? sizeEc2(
              t,
              availability.zoneCount,
              availability.production,
              context.intent.cost?.monthlyBudgetUsd,
            )
          : sizeFargate(t, availability.zoneCount, availability.production);
      const unit = decision.service === "ec2" ? "instances" : "tasks";
      runs = `it runs ${plan.min} ${unit} at least (${availability.production ? "one per AZ in production" : "the minimum"}) and up to ${plan.max} (x${THROUGHPUT.burstFactor[pattern]} ${pattern} burst)`;
    }
    report(context, t.pointer, {
      code: CompileCode.TrafficAssumed,
      message: `${t.name} has no expectedRps, so IDIO assumes its traffic: ${runs}; ${billed}; databases it calls are sized without its load.`,
      hint: `Set expectedRps on ${t.name} (requests per second in a typical peak hour) to size it, its data tiers and its cost from real load.`,
    });
  }
}
