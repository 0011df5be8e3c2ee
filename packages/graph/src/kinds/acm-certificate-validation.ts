import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.acm.certificate_validation`: Waits until a certificate is issued; with
 * a known zone it also creates the DNS validation record. Listeners and
 * distributions take the certificate through it, never directly.
 */
export interface CertificateValidationProps {
  readonly certificateArn: Ref;
  /** The Route 53 zone for the validation record; absent when DNS is hosted elsewhere. */
  readonly zoneId?: Ref | string;
}

export const certificateValidationKind = declareKind<CertificateValidationProps>()({
  kind: "aws.acm.certificate_validation",
  group: "edge",
  attrs: ["certificateArn"],
  description: "Waits until a certificate is issued (and creates its DNS validation record).",
});
