/**
 * Per-kind golden files: for one node of each kind from the every-kind
 * fixture, the Terraform resources (golden/<kind>.tf.json) and the
 * CloudFormation resources (golden/<kind>.cfn.json) it becomes. A mapping
 * change shows up as a reviewed diff of exactly the kinds it touches.
 * IDIO_UPDATE_GOLDEN=1 rewrites them (the same flag as every other golden).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { KIND_NAMES } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import {
  cloudFormationLogicalIds,
  synthesizeCloudFormation,
} from "./cloudformation/emit-cloudformation.js";
import { synthesizeTerraform, terraformAddresses } from "./terraform/emit-terraform.js";
import { sampleNodeOfEachKind } from "./test-support/every-kind.js";

const GOLDEN = fileURLToPath(new URL("./golden/", import.meta.url));
const UPDATE = process.env.IDIO_UPDATE_GOLDEN === "1";
const samples = sampleNodeOfEachKind();
const memo = new Map<string, unknown>();
/** Synthesis is the slow part: once per fixture and target. */
function once<T>(key: string, compute: () => T): T {
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}

function terraformOf(kind: (typeof KIND_NAMES)[number]) {
  const { fixture, id } = samples.get(kind)!;
  const config = once(`tf:${fixture.name}`, () => synthesizeTerraform(fixture.graph).config) as {
    resource: Record<string, Record<string, unknown>>;
  };
  const resources: Record<string, unknown> = {};
  const addresses = once(`tf-ids:${fixture.name}`, () => terraformAddresses(fixture.graph));
  for (const address of addresses.get(id) ?? []) {
    const [type, name] = address.split(".") as [string, string];
    resources[address] = config.resource[type]?.[name];
  }
  return { fixture: fixture.name, node: id, resources };
}

function cloudFormationOf(kind: (typeof KIND_NAMES)[number]) {
  const { fixture, id } = samples.get(kind)!;
  const stacks = once(`cfn:${fixture.name}`, () => synthesizeCloudFormation(fixture.graph)).stacks;
  const logicalIds = once(`cfn-ids:${fixture.name}`, () => cloudFormationLogicalIds(fixture.graph));
  const resources: Record<string, unknown> = {};
  let stack: string | undefined;
  for (const logicalId of logicalIds.get(id) ?? []) {
    for (const candidate of stacks) {
      const template = candidate.template as { Resources: Record<string, unknown> };
      if (template.Resources[logicalId] === undefined) continue;
      stack = candidate.stack;
      resources[logicalId] = template.Resources[logicalId];
    }
  }
  return { fixture: fixture.name, node: id, stack, resources };
}

function check(file: string, value: unknown): void {
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(`${GOLDEN}${file}`, actual);
  }
  expect(actual, `golden/${file} is stale: rerun with IDIO_UPDATE_GOLDEN=1`).toBe(
    readFileSync(`${GOLDEN}${file}`, "utf8"),
  );
}

describe("per-kind golden files", () => {
  it("hold exactly one Terraform and one CloudFormation file per kind", () => {
    const expected = KIND_NAMES.flatMap((kind) => [`${kind}.cfn.json`, `${kind}.tf.json`]).sort();
    if (!UPDATE) expect(readdirSync(GOLDEN).sort()).toEqual(expected);
  });

  it.each(KIND_NAMES)("%s: Terraform", (kind) => {
    const golden = terraformOf(kind);
    expect(Object.keys(golden.resources).length, "resources the node creates").toBeGreaterThan(0);
    check(`${kind}.tf.json`, golden);
  });

  it.each(KIND_NAMES)("%s: CloudFormation", (kind) => {
    const golden = cloudFormationOf(kind);
    // CloudFormation has no certificate validation resource: the certificate waits itself.
    if (kind === "aws.acm.certificate_validation") expect(golden.resources).toEqual({});
    else
      expect(Object.keys(golden.resources).length, "resources the node creates").toBeGreaterThan(0);
    check(`${kind}.cfn.json`, golden);
  });
});
