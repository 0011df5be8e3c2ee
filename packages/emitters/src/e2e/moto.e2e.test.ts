import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emitTerraform, synthesizeTerraform } from "../terraform/emit-terraform.js";
import { compiledExamples } from "../test-support/compiled-examples.js";
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
const EXAMPLES = ["static-website", "serverless-api"];

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
      const synthesis = synthesizeTerraform(example.graph, example.terraform);
      const dir = writeWorkspace(emitTerraform(example.graph, example.terraform), false);
      try {
        const aliases = (synthesis.config.provider as { aws: { alias?: string }[] }).aws.map(
          (provider) => provider.alias,
        );
        writeFileSync(join(dir, "moto_override.tf.json"), motoOverride(moto.endpoint, aliases));
        withoutTypes(join(dir, "main.tf.json"), Object.keys(MOTO_CANNOT_CREATE));
        const variables = dummyVariables(synthesis.variables.keys());
        await terraformInit(dir);
        await terraformApply(dir, variables);
        const changes = await terraformPlanActions(dir, variables);
        const drift = [...changes].filter(([address]) => !(address.split(".")[0]! in MOTO_DRIFTS));
        expect(Object.fromEntries(drift)).toEqual({});
        // Where moto reads back differently, the change is an in-place update, never a replacement.
        expect([...changes.values()].every((action) => action === "update")).toBe(true);
      } finally {
        removeWorkspace(dir);
      }
    },
    900_000,
  );
});

/** Drops resources of the given types from a main.tf.json (nothing else references them). */
function withoutTypes(path: string, types: readonly string[]): void {
  const config = JSON.parse(readFileSync(path, "utf8")) as { resource: Record<string, unknown> };
  for (const type of types) delete config.resource[type];
  writeFileSync(path, JSON.stringify(config, null, 2));
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
