import { declareKind } from "./declare-kind.js";

/** `aws.acm.certificate`: A public TLS certificate validated by DNS. */
export interface CertificateProps {
  readonly domainName: string;
  readonly subjectAlternativeNames: readonly string[];
  readonly validationMethod: "DNS";
}

export const certificateKind = declareKind<CertificateProps>()({
  kind: "aws.acm.certificate",
  group: "edge",
  attrs: ["id", "arn"],
  description: "A public TLS certificate validated by DNS.",
});
