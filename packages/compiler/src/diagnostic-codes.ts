import type { DiagnosticCode } from "@idio-iac/core";

/**
 * Compiler diagnostic codes by name (IDIO4xx; 0xx-3xx are the parser's, 5xx policy, 6xx cost).
 * Severity and title are in core's registry; a code missing there is a type error. Errors stop the plan; warnings
 * explain a decision that departs from what the intent asked for.
 */
export const CompileCode = {
  /** IDIO bug: the graph failed its integrity check (duplicate id, dangling reference). */
  GraphIntegrity: "IDIO400",
  /** IDIO bug: the graph's dependencies form a cycle. */
  DependencyCycle: "IDIO401",
  /** IDIO bug: a compiler step threw. */
  CompilerCrashed: "IDIO402",
  /** A load balancer must terminate TLS but the intent has no `domain` to certify. */
  TlsNeedsDomain: "IDIO410",
  /** The region has fewer Availability Zones than the availability target needs. */
  NotEnoughZones: "IDIO411",
  /** WAF is required but the tier's entry point (HTTP API) cannot carry a web ACL. */
  WafUnsupportedEntry: "IDIO412",
  // IDIO413 is retired (core's RETIRED_CODES): CloudFront's certificate and web ACL are `edge` nodes now.
  /** A `connectsTo` edge that has no meaning for the tier types involved; it is ignored. */
  IgnoredConnection: "IDIO414",
  /** `scaling.min` is below the number of AZs in production: a zone failure leaves no capacity there. */
  ScalingBelowZones: "IDIO415",
  /** An explicit cpu/memory did not match a valid size; the next valid size was used. */
  SizeAdjusted: "IDIO416",
  /** A queue or stream has no tier that consumes it. */
  NoConsumer: "IDIO417",
  /** A container worker that may scale to zero has nothing that would ever start it. */
  WorkerNeverStarts: "IDIO418",
  /** More alarmed metrics than one CloudWatch dashboard can show. */
  DashboardTruncated: "IDIO419",
  /** `idio explain` was given an id the plan does not contain. */
  UnknownResource: "IDIO420",
  /** A tier that must run on Lambda asks for more memory or CPU than one function can have. */
  LambdaTooLarge: "IDIO421",
  /** A public tier without a domain is served on CloudFront's own name, its origin leg on plain HTTP. */
  ServedOnCloudFrontName: "IDIO422",
  /** Without a domain, load balancers inside the VPC listen on plain HTTP although TLS is required. */
  PlainHttpInsideVpc: "IDIO423",
  /** No tier states connectsTo: the obvious wiring was inferred and is listed. */
  ConnectionsInferred: "IDIO424",
  /** A database, cache, nosql or storage tier no compute tier connects to. */
  UnreachableData: "IDIO425",
  /** A compute tier without expectedRps: the traffic its capacity assumes is stated. */
  TrafficAssumed: "IDIO426",
  /** The cheapest design that meets the targets still exceeds cost.monthlyBudgetUsd. */
  BudgetUnmet: "IDIO427",
  /** The recovery strategy IDIO builds cannot reach rtoMinutes or rpoMinutes. */
  RecoveryObjectiveUnmet: "IDIO428",
  /** A tier's `environment` names a variable IDIO sets from a connection, or one AWS reserves. */
  EnvironmentCollision: "IDIO430",
  /** `command` on a Lambda tier is its handler: exactly one element. */
  LambdaCommand: "IDIO431",
  /** With `regions`, an Aurora engineVersion whose secondaries cannot forward writes to the writer. */
  WriteForwardingVersion: "IDIO432",
  /** A cache's node type does not support ElastiCache Global Datastore: a supported one is used. */
  GlobalDatastoreNodeType: "IDIO440",
  /** A Redis OSS version before 5.0.6 cannot join a Global Datastore. */
  GlobalDatastoreEngine: "IDIO442",
  /** `security.shieldAdvanced` protects resources only under the account's Shield Advanced subscription. */
  ShieldAdvancedSubscription: "IDIO443",
} as const satisfies Record<string, DiagnosticCode>;
