import { IntentCodes } from "../../diagnostics/codes.js";
import { looseTiers, tierLabel } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/**
 * A public web or api tier behind a load balancer needs a certificate for
 * HTTPS, and a certificate needs a domain. Warn in production, where serving
 * plain HTTP is never what the user meant.
 */
export const checkTlsDomain: SemanticCheck = (document, report) => {
  if (document.environment !== "production" || typeof document.domain === "string") return;
  for (const { index, name, type, tier } of looseTiers(document)) {
    if ((type !== "web" && type !== "api") || tier.public !== true) continue;
    if (tier.compute === "lambda") continue; // API Gateway serves HTTPS on its own name
    report(
      IntentCodes.NoTlsDomain,
      `/tiers/${index}`,
      `Public ${type} ${tierLabel({ index, name })} has no domain, so its load balancer cannot get a certificate for HTTPS.`,
      "Add `domain: app.example.com` at the top level of the intent.",
    );
  }
};
