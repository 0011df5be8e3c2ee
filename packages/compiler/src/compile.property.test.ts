import { checkGraph } from "@idio-iac/graph";
import { parseIntent } from "@idio-iac/intent-schema";
import { arbitraryIntentDocument } from "@idio-iac/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "./compile.js";
import { CompileCode } from "./diagnostic-codes.js";
import { orderGraph } from "./order-graph.js";
import {
  literalSecrets,
  nameLimitViolations,
  openIngressViolations,
  orderViolations,
  wildcardAllows,
} from "./test-support/invariants.js";

const intents = arbitraryIntentDocument({ maxTiers: 10 }).map((document) => {
  const parsed = parseIntent(JSON.stringify(document), "generated.json");
  if (parsed.intent === undefined)
    throw new Error(`generator made an invalid intent: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.intent;
});

/** The only errors a valid intent can meet: TLS behind a load balancer with no domain, Lambda over its limits. */
const USER_ERRORS = new Set<string>([CompileCode.TlsNeedsDomain, CompileCode.LambdaTooLarge]);

describe("compile, for every valid intent", () => {
  it("never throws, and yields a graph unless the one documented user error applies", () => {
    fc.assert(
      fc.property(intents, (intent) => {
        const result = compile(intent);
        const errors = result.diagnostics.filter((d) => d.severity === "error");
        for (const error of errors) expect(USER_ERRORS.has(error.code), error.message).toBe(true);
        expect(result.graph === undefined).toBe(errors.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: compiling twice gives identical JSON", () => {
    fc.assert(
      fc.property(intents, (intent) => {
        expect(JSON.stringify(compile(intent))).toBe(JSON.stringify(compile(intent)));
      }),
      { numRuns: 60 },
    );
  });

  it("yields sound graphs: references resolve, the order is topological, least privilege holds, no literal secret, names fit AWS limits", () => {
    fc.assert(
      fc.property(intents, (intent) => {
        const { graph } = compile(intent);
        if (graph === undefined) return;
        expect(checkGraph(graph)).toEqual([]);
        const ordered = orderGraph(graph);
        expect(ordered.diagnostics).toEqual([]);
        expect(orderViolations(graph, ordered.order!)).toEqual([]);
        expect(openIngressViolations(graph)).toEqual([]);
        expect(wildcardAllows(graph)).toEqual([]);
        expect(literalSecrets(graph)).toEqual([]);
        expect(nameLimitViolations(graph)).toEqual([]);
        expect(graph.nodes.every((n) => n.region !== "dr" || graph.drRegion !== undefined)).toBe(
          true,
        );
        // Edge (us-east-1) nodes only when the plan is elsewhere, and only what CloudFront needs
        // there: its certificate (with its validation and the global zone it is validated in) and web
        // ACL; and Route 53's health checks with their alarms, whose metrics exist only in us-east-1
        // (the alarms' topic, its subscriptions and key).
        for (const n of graph.nodes.filter((node) => node.region === "edge")) {
          expect(graph.region).not.toBe("us-east-1");
          expect([
            "aws.acm.certificate",
            "aws.acm.certificate_validation",
            "aws.route53.zone",
            "aws.wafv2.web_acl",
            "aws.route53.health_check",
            "aws.cloudwatch.metric_alarm",
            "aws.sns.topic",
            "aws.sns.subscription",
            "aws.kms.key",
          ]).toContain(n.kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});
