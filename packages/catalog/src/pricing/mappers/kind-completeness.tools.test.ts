/**
 * A kind without a price entry is a type error: the price registry, copied
 * with one entry deleted, fails `tsc` with an error that names the kind; the
 * unmodified copy typechecks. (The copies live in a temporary directory and
 * import the real mappers by absolute path.)
 */
import { fileURLToPath } from "node:url";
import { registryCopy, typecheckSources } from "@idio-iac/testing";
import { describe, expect, it } from "vitest";

const REGISTRY = fileURLToPath(new URL("./index.ts", import.meta.url));
const OMITTED = "aws.kms.key";

describe("a price registry missing a kind does not typecheck", () => {
  it(`without ${OMITTED}: tsc names the kind; the complete copy passes`, () => {
    const errors = typecheckSources({
      "prices-complete.ts": registryCopy(REGISTRY),
      "prices-incomplete.ts": registryCopy(REGISTRY, OMITTED),
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^prices-incomplete\.ts\(\d+,\d+\): error TS2741: /);
    expect(errors[0]).toContain(`Property '"${OMITTED}"' is missing`);
    expect(errors[0]).toContain("required in type 'PriceMappers'");
  });
});
