import { IntentCodes } from "../../diagnostics/codes.js";
import { regionInfo } from "../../schema/regions.js";
import { asRecord } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** The disaster-recovery region must be another region than the primary one. */
export const checkDisasterRecovery: SemanticCheck = (document, report) => {
  const recovery = asRecord(document.disasterRecovery);
  const region = document.region;
  if (typeof recovery?.drRegion !== "string" || recovery.drRegion !== region) return;
  const partner = regionInfo(region)?.drPartner;
  report(
    IntentCodes.DrRegionSameAsRegion,
    "/disasterRecovery/drRegion",
    `drRegion is ${region}, the primary region: a regional outage would take both down.`,
    partner === undefined
      ? "Choose another region in the same geography."
      : `Choose another region, e.g. ${partner} (the nearest in the same geography), or remove drRegion to use it.`,
  );
};
