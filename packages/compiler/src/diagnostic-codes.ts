/**
 * Compiler diagnostic codes (IDIO3xx). Errors stop the plan; warnings
 * explain a decision that departs from what the intent asked for.
 */
export const CompileCode = {
  /** IDIO bug: the graph failed its integrity check (duplicate id, dangling reference). */
  GraphIntegrity: "IDIO300",
  /** IDIO bug: the graph's dependencies form a cycle. */
  DependencyCycle: "IDIO301",
  /** A load balancer must terminate TLS but the intent has no `domain` to certify. */
  TlsNeedsDomain: "IDIO310",
  /** The region has fewer Availability Zones than the availability target needs. */
  NotEnoughZones: "IDIO311",
  /** WAF is required but the tier's entry point (HTTP API) cannot carry a web ACL. */
  WafUnsupportedEntry: "IDIO312",
  /** A CloudFront feature needs resources in us-east-1 that a plan in another region cannot create. */
  CloudFrontOutsideUsEast1: "IDIO313",
  /** A `connectsTo` edge that has no meaning for the tier types involved; it is ignored. */
  IgnoredConnection: "IDIO314",
  /** `scaling.min` is below the number of AZs in production: a zone failure leaves no capacity there. */
  ScalingBelowZones: "IDIO315",
  /** An explicit cpu/memory did not match a valid size; the next valid size was used. */
  SizeAdjusted: "IDIO316",
  /** A queue or stream has no tier that consumes it. */
  NoConsumer: "IDIO317",
} as const;
