import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResourceGraph } from "@idio-iac/graph";
import {
  emitTerraform,
  synthesizeTerraform,
  type TerraformOptions,
} from "../terraform/emit-terraform.js";
import { compiledExamples, compileText } from "../test-support/compiled-examples.js";
import {
  dummyVariables,
  removeWorkspace,
  terraformApply,
  terraformInit,
  terraformMissing,
  terraformPlanActions,
  writeWorkspace,
} from "../test-support/terraform-cli.js";
import {
  MOTO_CANNOT_CREATE,
  MOTO_CANNOT_CREATE_WITHOUT_DOMAIN,
  MOTO_DRIFTS,
  motoMissing,
  motoOverride,
  startMoto,
  type MotoServer,
} from "./moto-server.js";

/**
 * Applies real examples with `terraform apply` against moto (an AWS emulator
 * started on loopback), then plans again: the second plan must change
 * nothing. Opt-in (IDIO_E2E=1): it takes minutes. See README.md here.
 */
const enabled = process.env.IDIO_E2E === "1";
const missing = terraformMissing() ?? motoMissing();
/** Both have a domain whose zone IDIO creates (records, certificate validation). */
const EXAMPLES = ["static-website", "serverless-api"];
/**
 * HTTPS without a domain: CloudFront in front of an internal load balancer.
 * Outside us-east-1, so no CloudFront alarm refers to the distribution moto cannot create.
 */
const NO_DOMAIN = [
  "apiVersion: idio.dev/v1",
  "name: nodomain",
  "environment: development",
  "region: eu-west-1",
  "security: { encryptionInTransit: true }",
  "tiers:",
  "  - { name: web, type: web, compute: fargate, image: public.ecr.aws/nginx/nginx:1.27, trafficPattern: steady, expectedRps: 5, scaling: { min: 1, max: 2 } }",
  "",
].join("\n");

describe.runIf(enabled && missing === undefined)("terraform apply against moto", () => {
  let moto: MotoServer;
  beforeAll(async () => {
    moto = await startMoto();
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
  });

  it.each(EXAMPLES)(
    "%s applies, and a second plan changes nothing",
    async (name) => {
      const example = compiledExamples().find((candidate) => candidate.name === name)!;
      await applyTwice(example.graph, example.terraform, Object.keys(MOTO_CANNOT_CREATE));
    },
    900_000,
  );

  it("HTTPS without a domain applies (all but CloudFront's VPC origin and distribution), and a second plan changes nothing", async () => {
    const { graph } = compileText(NO_DOMAIN, "nodomain.yaml");
    expect(graph.nodes.map((n) => n.kind)).toContain("aws.cloudfront.vpc_origin");
    await applyTwice(graph, {}, [
      ...Object.keys(MOTO_CANNOT_CREATE),
      ...Object.keys(MOTO_CANNOT_CREATE_WITHOUT_DOMAIN),
    ]);
  }, 900_000);

  async function applyTwice(
    graph: ResourceGraph,
    terraform: TerraformOptions,
    dropped: readonly string[],
  ): Promise<string[]> {
    const synthesis = synthesizeTerraform(graph, terraform);
    const dir = writeWorkspace(emitTerraform(graph, terraform), false);
    try {
      const aliases = (synthesis.config.provider as { aws: { alias?: string }[] }).aws.map(
        (provider) => provider.alias,
      );
      writeFileSync(join(dir, "moto_override.tf.json"), motoOverride(moto.endpoint, aliases));
      const removed = withoutTypes(join(dir, "main.tf.json"), dropped);
      const variables = dummyVariables(synthesis.variables.keys());
      await terraformInit(dir);
      await terraformApply(dir, variables);
      const changes = await terraformPlanActions(dir, variables);
      const drift = [...changes].filter(([address]) => !(address.split(".")[0]! in MOTO_DRIFTS));
      expect(Object.fromEntries(drift)).toEqual({});
      // Where moto reads back differently, the change is an in-place update, never a replacement.
      expect([...changes.values()].every((action) => action === "update")).toBe(true);
      return removed;
    } finally {
      removeWorkspace(dir);
    }
  }
});

/**
 * Drops resources of the given types from a main.tf.json, then everything
 * that refers to a dropped resource (an API mapping to a dropped domain name,
 * its alias records, a scaling policy of a dropped target), then the outputs
 * that name any of them. Returns the dropped addresses, sorted.
 */
function withoutTypes(path: string, types: readonly string[]): string[] {
  const config = JSON.parse(readFileSync(path, "utf8")) as {
    resource: Record<string, Record<string, unknown>>;
    output?: Record<string, { value: unknown }>;
  };
  const dropped: string[] = [];
  const refersToDropped = (value: unknown) => {
    const text = JSON.stringify(value);
    return dropped.some(
      (address) => text.includes(`\${${address}.`) || text.includes(`\${${address}}`),
    );
  };
  for (const type of types) {
    for (const name of Object.keys(config.resource[type] ?? {})) dropped.push(`${type}.${name}`);
    delete config.resource[type];
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const [type, byName] of Object.entries(config.resource)) {
      for (const [name, body] of Object.entries(byName)) {
        if (!refersToDropped(body)) continue;
        dropped.push(`${type}.${name}`);
        delete byName[name];
        changed = true;
      }
      if (Object.keys(byName).length === 0) delete config.resource[type];
    }
  }
  for (const [name, output] of Object.entries(config.output ?? {})) {
    if (refersToDropped(output.value)) delete config.output![name];
  }
  writeFileSync(path, JSON.stringify(config, null, 2));
  return dropped.sort();
}

if (!enabled || missing !== undefined) {
  describe("terraform apply against moto", () => {
    it.skip(
      enabled
        ? `skipped: ${missing}`
        : "skipped: set IDIO_E2E=1 to apply examples against moto_server",
      () => {},
    );
  });
}
