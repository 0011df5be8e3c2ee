/**
 * A kind without a mapping is a type error, not a runtime surprise: each
 * registry, copied with one entry deleted, fails `tsc` with an error that
 * names the kind; the unmodified copy typechecks. (The copies live in a
 * temporary directory and import the real mappings by absolute path.)
 */
import { fileURLToPath } from "node:url";
import { registryCopy, typecheckSources } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";

const REGISTRIES = {
  terraform: fileURLToPath(new URL("./terraform/registry.ts", import.meta.url)),
  cloudformation: fileURLToPath(new URL("./cloudformation/registry.ts", import.meta.url)),
};
const OMITTED = "aws.kms.alias";

describe("a registry missing a kind does not typecheck", () => {
  it(`Terraform and CloudFormation without ${OMITTED}: tsc names the kind; complete copies pass`, () => {
    const errors = typecheckSources({
      "terraform-complete.ts": registryCopy(REGISTRIES.terraform),
      "terraform-incomplete.ts": registryCopy(REGISTRIES.terraform, OMITTED),
      "cloudformation-complete.ts": registryCopy(REGISTRIES.cloudformation),
      "cloudformation-incomplete.ts": registryCopy(REGISTRIES.cloudformation, OMITTED),
    });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^cloudformation-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[0]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[0]).toContain("required in type 'CloudFormationMappings'");
    expect(errors[1]).toMatch(/^terraform-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[1]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[1]).toContain("required in type 'TerraformMappings'");
  });
});
