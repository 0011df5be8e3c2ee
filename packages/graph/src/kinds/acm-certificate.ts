import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.acm.certificate`: A public TLS certificate validated by DNS. */
export interface CertificateProps {
  readonly domainName: string;
  readonly subjectAlternativeNames: readonly string[];
  readonly validationMethod: "DNS";
  /** The Route 53 zone that validates it, when known (CloudFormation's DomainValidationOptions). */
  readonly validationZoneId?: Ref | string;
}

export const certificateKind = declareKind<CertificateProps>()({
  kind: "aws.acm.certificate",
  group: "edge",
  attrs: ["id", "arn", "validationRecords"],
  description: "A public TLS certificate validated by DNS.",
});
