import { beforeAll, describe, expect, it } from "vitest";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { everyKindFixtures } from "../test-support/every-kind.js";
import { dnsVariantSubjects } from "../test-support/dns-variants.js";
import { extraRegionSubjects } from "../test-support/extra-regions.js";
import {
  removeWorkspace,
  terraformBatch,
  terraformInit,
  terraformMissing,
  terraformValidate,
  writeWorkspace,
  type BatchResult,
} from "../test-support/terraform-cli.js";
import { terraformEntry, type ToolSubject } from "../test-support/tool-checks.js";
import { emitTerraform } from "./emit-terraform.js";

const missing = terraformMissing();
const subjects: ToolSubject[] = [
  ...compiledExamples().map((example) => ({
    label: example.name,
    graph: example.graph,
    terraform: example.terraform,
  })),
  // Together these hold every kind (packages/compiler/src/every-kind.test.ts checks that).
  ...everyKindFixtures().map((fixture) => ({
    label: `every-kind-${fixture.name}`,
    graph: fixture.graph,
  })),
  ...dnsVariantSubjects(),
  // Copies in two extra serving regions, each on its own provider alias.
  ...extraRegionSubjects(),
];

describe.skipIf(missing !== undefined)(
  "terraform init, validate and plan (offline, fake credentials)",
  () => {
    const entries = subjects.map(terraformEntry);
    let result: BatchResult;
    beforeAll(async () => {
      // One Terraform run for all: every configuration is a module of one root.
      result = await terraformBatch(entries);
    }, 900_000);

    it("validates every configuration with no errors", () => {
      expect(result.validate.errors).toEqual([]);
      expect(result.validate.valid).toBe(true);
    });

    it.each(entries.map((entry) => [entry.label, entry] as const))(
      "%s: the plan creates exactly the addresses the mappings declare",
      (_label, entry) => {
        expect(entry.addresses.length).toBeGreaterThan(0);
        expect(result.planned.get(entry.label)).toEqual(entry.addresses);
      },
    );

    it("validates the S3 backend configuration", async () => {
      // The smallest example: the backend is what this checks, not the resources.
      const graph = subjects.find((subject) => subject.label === "static-website")!.graph;
      const dir = writeWorkspace(
        emitTerraform(graph, {
          backend: {
            type: "s3",
            bucket: "acme-state",
            key: "site.tfstate",
            dynamodbTable: "locks",
          },
        }),
      );
      try {
        await terraformInit(dir, false);
        expect((await terraformValidate(dir)).errors).toEqual([]);
      } finally {
        removeWorkspace(dir);
      }
    }, 300_000);
  },
);

if (missing !== undefined) {
  describe("terraform", () => {
    it.skip(`terraform checks skipped: ${missing}`, () => {});
  });
}
