import { checkAlertEmails } from "./alert-emails.js";
import type { SemanticCheck } from "./check.js";
import { checkComplianceOverrides } from "./compliance-overrides.js";
import { checkConnections } from "./connections.js";
import { checkDisasterRecovery } from "./disaster-recovery.js";
import { checkEngines } from "./engines.js";
import { checkScaling } from "./scaling.js";
import { checkServingRegions } from "./serving-regions.js";
import { checkTags } from "./tags.js";
import { checkTerraformBackend } from "./terraform-backend.js";
import { checkTierFields } from "./tier-fields.js";
import { checkTierNames } from "./tier-names.js";

/** Every semantic check, in the order their problems are usually fixed. */
export const SEMANTIC_CHECKS: readonly SemanticCheck[] = [
  checkTierNames,
  checkConnections,
  checkScaling,
  checkEngines,
  checkTierFields,
  checkDisasterRecovery,
  checkServingRegions,
  checkTags,
  checkAlertEmails,
  checkTerraformBackend,
  checkComplianceOverrides,
];
