import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/**
 * `aws.route53.health_check`: Route 53 health checkers around the world
 * request `<type>://<fqdn>:<port><resourcePath>` every `requestIntervalSeconds`;
 * after `failureThreshold` failures in a row the check is unhealthy, and
 * records that name it stop answering
 * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html).
 */
export interface HealthCheckProps {
  /** Shown in the console (the `Name` tag). */
  readonly name: string;
  readonly type: "HTTPS" | "HTTP";
  /** The endpoint's own DNS name (not the name the checked records route). */
  readonly fqdn: string | Ref;
  readonly port: number;
  readonly resourcePath: string;
  /** 30 (standard) or 10 (fast, an optional feature priced extra). */
  readonly requestIntervalSeconds: 10 | 30;
  readonly failureThreshold: number;
  /** Send the FQDN in the TLS client hello, so the endpoint presents the certificate for it. */
  readonly enableSni: boolean;
  /** Latency graphs (an optional feature priced extra). */
  readonly measureLatency: boolean;
  /**
   * Whether the endpoint is an AWS resource in this account (a load balancer,
   * a distribution) or elsewhere: Route 53 prices the two differently.
   */
  readonly endpoint: "aws" | "non-aws";
}

export const healthCheckKind = declareKind<HealthCheckProps>()({
  kind: "aws.route53.health_check",
  group: "operations",
  attrs: ["id"],
  description: "A Route 53 health check of an endpoint, consulted by routed records.",
});
