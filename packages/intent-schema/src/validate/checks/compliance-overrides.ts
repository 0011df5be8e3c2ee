import { IntentCodes } from "../../diagnostics/codes.js";
import { asRecord, stringList } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** Settings every compliance framework IDIO knows requires. */
const REQUIRED_BY_COMPLIANCE = [
  "encryptionAtRest",
  "encryptionInTransit",
  "networkIsolation",
] as const;

/**
 * Compliance frameworks only tighten security: a setting turned off next to a
 * framework that requires it is overridden. Say so, rather than surprise.
 */
export const checkComplianceOverrides: SemanticCheck = (document, report) => {
  const frameworks = stringList(document.compliance);
  const security = asRecord(document.security);
  if (frameworks.length === 0 || security === undefined) return;
  for (const setting of REQUIRED_BY_COMPLIANCE) {
    const written = security[setting];
    // networkIsolation: none is the level false stands for.
    if (written !== false && written !== (setting === "networkIsolation" ? "none" : false))
      continue;
    report(
      IntentCodes.SecurityOverridden,
      `/security/${setting}`,
      `security.${setting} is ${String(written)}, but ${frameworks.join(", ")} require${frameworks.length === 1 ? "s" : ""} it; IDIO will turn it on.`,
      `Remove \`${setting}: ${String(written)}\`, or remove the compliance framework if it does not apply.`,
    );
  }
};
