/**
 * `idio explain` says why every DNS and edge resource exists: across the
 * examples, the same intents without their domain, and a tier that chose
 * CloudFront with a domain, each zone, record, certificate, validation,
 * distribution, VPC origin, custom domain and web ACL has a reason whose
 * pointers land on intent lines (or say the value is IDIO's default).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { plan } from "idio-iac";
import { INTENT_JSON_SCHEMA } from "@idio-iac/intent-schema";
import { exampleNames, readExample, useTempDir } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test-support/memory-io.js";
import { ExitCode } from "../exit-codes.js";
import { runCli } from "../run-cli.js";
import { explainNode } from "./explain.js";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
const DNS_AND_EDGE = new Set([
  "aws.route53.zone",
  "aws.route53.record",
  "aws.acm.certificate",
  "aws.acm.certificate_validation",
  "aws.cloudfront.distribution",
  "aws.cloudfront.vpc_origin",
  "aws.cloudfront.origin_access_control",
  "aws.apigatewayv2.domain_name",
  "aws.apigatewayv2.api_mapping",
  "aws.wafv2.web_acl",
]);

interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly items?: SchemaNode;
}

/** Whether a pointer names a field the intent schema has (an array index within the intent's array). */
function namesIntentField(pointer: string, intent: unknown): boolean {
  let schema: SchemaNode | undefined = INTENT_JSON_SCHEMA as SchemaNode;
  let value: unknown = intent;
  for (const part of pointer.split("/").slice(1)) {
    if (schema?.items !== undefined && /^\d+$/.test(part)) {
      if (!Array.isArray(value) || Number(part) >= value.length) return false;
      schema = schema.items;
      value = value[Number(part)];
      continue;
    }
    schema = schema?.properties?.[part];
    if (schema === undefined) return false;
    value = (value as Record<string, unknown> | undefined)?.[part];
  }
  return true;
}

const intents: { name: string; text: string }[] = [
  ...exampleNames().map((name) => ({ name, text: readExample(name) })),
  // An intent with serving regions needs its domain (IDIO324: Route 53 routes between them).
  ...exampleNames()
    .filter(
      (name) => /^domain: /m.test(readExample(name)) && !/^regions: /m.test(readExample(name)),
    )
    .map((name) => ({
      name: `${name} without its domain`,
      text: readExample(name).replace(/^domain: .*\n/m, ""),
    })),
  {
    name: "every-kind/regional (edge: cloudfront with a domain)",
    text: readFileSync(join(ROOT, "fixtures/every-kind/regional/intent.yaml"), "utf8"),
  },
];

describe("idio explain: every DNS and edge resource has its reason", () => {
  it.each(intents.map((i) => i.name))("%s", (name) => {
    const { text } = intents.find((i) => i.name === name)!;
    const result = plan(text, { fileName: "intent.yaml" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const nodes = result.plan!.graph.nodes.filter((n) => DNS_AND_EDGE.has(n.kind));
    for (const node of nodes) {
      const explained = explainNode(node, result.source);
      expect(explained.summary.length, node.id).toBeGreaterThan(20);
      expect(explained.because.length, node.id).toBeGreaterThan(0);
      for (const because of explained.because) {
        // A pointer lands on a line of the intent, or names a setting left to IDIO's default.
        const located = because.line > 0 && because.text !== "";
        expect(
          located || namesIntentField(because.pointer, result.plan!.intent),
          `${node.id} ${because.pointer}`,
        ).toBe(true);
      }
    }
  });

  it("covers the edge kinds: a VPC origin and distribution without a domain, and with one", () => {
    const kindsSeen = new Set(
      intents.flatMap(({ text }) =>
        plan(text, { fileName: "intent.yaml" })
          .plan!.graph.nodes.filter((n) => DNS_AND_EDGE.has(n.kind))
          .map((n) => n.kind),
      ),
    );
    expect([...kindsSeen].sort()).toEqual([...DNS_AND_EDGE].sort());
  });

  const temp = useTempDir("idio-explain-edge-");

  it("explains a distribution on CloudFront's name by the tier and the missing domain", async () => {
    {
      const dir = temp();
      const file = join(dir, "intent.yaml");
      writeFileSync(file, readExample("ecommerce-platform").replace(/^domain: .*\n/m, ""));
      const run = memoryIo({ cwd: dir });
      expect(await runCli(["explain", "intent.yaml", "web.distribution"], run.io)).toBe(
        ExitCode.Ok,
      );
      expect(run.stdout).toContain("web.distribution  (aws.cloudfront.distribution, tier web)");
      expect(run.stdout).toContain("on its own *.cloudfront.net name (the intent has no domain)");
      expect(run.stdout).toMatch(/\/tiers\/0 +line \d+: - name: web/);
      const origin = memoryIo({ cwd: dir });
      await runCli(["explain", "intent.yaml", "web.vpc-origin"], origin.io);
      expect(origin.stdout).toContain("over plain HTTP: without a domain the load balancer");
      expect(origin.stdout).toMatch(/\/domain +not set: IDIO's default/);
    }
  });
});
