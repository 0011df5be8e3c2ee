import { IntentCodes } from "../../diagnostics/codes.js";
import { asRecord } from "../loose.js";
import type { SemanticCheck } from "./check.js";

/** An S3 state backend needs at least its bucket. */
export const checkTerraformBackend: SemanticCheck = (document, report) => {
  const backend = asRecord(asRecord(document.terraform)?.backend);
  if (backend?.type !== "s3" || typeof backend.bucket === "string") return;
  report(
    IntentCodes.BackendIncomplete,
    "/terraform/backend",
    "The Terraform backend is s3 but names no bucket.",
    "Add `bucket: <state bucket>` (and optionally key, region, dynamodbTable), or use type: local.",
  );
};
