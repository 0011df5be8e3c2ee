import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkGraph, KIND_NAMES, KINDS } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { CLOUDFORMATION_MAPPINGS } from "./cloudformation/registry.js";
import { TERRAFORM_MAPPINGS } from "./terraform/registry.js";
import { everyKindFixtures } from "./test-support/every-kind.js";

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const kindFiles = readdirSync(dir("../../graph/src/kinds/")).filter(
  (file) =>
    file.endsWith(".ts") &&
    !["index.ts", "declare-kind.ts"].includes(file) &&
    !file.endsWith(".test.ts"),
);

describe("every graph kind has both mappings", () => {
  it.each(KIND_NAMES)("%s: Terraform and CloudFormation map it and every attribute", (kind) => {
    const terraform = TERRAFORM_MAPPINGS[kind];
    const cloudformation = CLOUDFORMATION_MAPPINGS[kind];
    expect(terraform?.kind, "Terraform mapping").toBe(kind);
    expect(cloudformation?.kind, "CloudFormation mapping").toBe(kind);
    for (const attr of KINDS[kind].attrs) {
      expect(terraform.attrs[attr], `Terraform attribute ${attr}`).toBeDefined();
      expect(cloudformation.attrs[attr], `CloudFormation attribute ${attr}`).toBeDefined();
    }
  });

  it("the registries hold exactly the graph's kinds", () => {
    expect(Object.keys(TERRAFORM_MAPPINGS).sort()).toEqual([...KIND_NAMES]);
    expect(Object.keys(CLOUDFORMATION_MAPPINGS).sort()).toEqual([...KIND_NAMES]);
  });

  it.each(kindFiles)(
    "%s has its Terraform and CloudFormation twins under the same name",
    (file) => {
      const kind = /kind: "([^"]+)"/.exec(
        readFileSync(dir(`../../graph/src/kinds/${file}`), "utf8"),
      )![1];
      for (const folder of ["terraform", "cloudformation"]) {
        const text = readFileSync(dir(`./${folder}/${file}`), "utf8");
        expect(text, `${folder}/${file}`).toContain(`kind: "${kind}"`);
      }
    },
  );

  it("the compiled every-kind fixture is sound and uses every kind", () => {
    const fixtures = everyKindFixtures();
    for (const { graph } of fixtures) expect(checkGraph(graph)).toEqual([]);
    const kinds = new Set(fixtures.flatMap(({ graph }) => graph.nodes.map((node) => node.kind)));
    expect([...kinds].sort()).toEqual([...KIND_NAMES]);
  });
});
