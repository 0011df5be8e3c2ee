import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.apigatewayv2.domain_name`: A regional custom domain name for HTTP APIs,
 * serving the validated certificate. Alias records point at its target
 * domain name and hosted zone id.
 */
export interface HttpApiDomainNameProps {
  readonly domainName: string;
  /** The validated certificate's ARN (through its aws.acm.certificate_validation). */
  readonly certificateArn: Ref;
  readonly endpointType: "REGIONAL";
  readonly securityPolicy: "TLS_1_2";
  /** dualstack answers IPv4 and IPv6 (the default for public domains is IPv4 only). */
  readonly ipAddressType: "ipv4" | "dualstack";
}

export const httpApiDomainNameKind = declareKind<HttpApiDomainNameProps>()({
  kind: "aws.apigatewayv2.domain_name",
  group: "edge",
  attrs: ["id", "targetDomainName", "hostedZoneId"],
  description: "A regional custom domain name for HTTP APIs.",
});
