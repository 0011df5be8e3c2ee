import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { exampleNames, readExample } from "@idio-iac/testing";
import { compileText, terraformOptionsOf } from "../test-support/compiled-examples.js";
import { terraformMissing } from "../test-support/terraform-cli.js";
import { applyTwice, type MotoApplyResult } from "./moto-apply.js";
import {
  MOTO_CANNOT_CREATE,
  MOTO_CANNOT_CREATE_WHEN,
  MOTO_DRIFTS,
  motoMissing,
} from "./moto-server.js";
import {
  APPLIED_BY_DEFAULT,
  EXPECTED_REMOVED,
  NO_DOMAIN,
  NO_DOMAIN_REMOVED,
} from "./moto-examples.js";

/**
 * Applies every example with `terraform apply` against moto (an AWS emulator,
 * one moto_server per test on a free loopback port, so the tests run
 * concurrently), then plans again: the second plan must change nothing but
 * what moto is known to read back differently. Opt-in (IDIO_E2E=1): it takes
 * minutes. IDIO_E2E=1 applies APPLIED_BY_DEFAULT (every kind, two and three
 * regions), IDIO_E2E=all every example, IDIO_E2E_EXAMPLES=a,b only those
 * (`no-domain` names the intent without a domain). See README.md here.
 */
const enabled = process.env.IDIO_E2E === "1" || process.env.IDIO_E2E === "all";
const missing = terraformMissing() ?? motoMissing();
const only = process.env.IDIO_E2E_EXAMPLES?.split(",").filter(Boolean);
// IDIO_E2E=1 (CI) applies the examples that together emit every kind; IDIO_E2E=all, every example.
const chosen = process.env.IDIO_E2E === "all" ? exampleNames() : [...APPLIED_BY_DEFAULT];
const examples = only ? exampleNames().filter((name) => only.includes(name)) : chosen;
/** Applied durations, printed at the end (the README quotes them). */
const timings: string[] = [];

describe.runIf(enabled && missing === undefined)("terraform apply against moto", () => {
  afterAll(() => {
    if (timings.length > 0) console.log(`moto apply + re-plan: ${timings.sort().join(", ")}`);
  });

  it("every example has its expected removals listed (and no list names a missing example)", () => {
    expect(Object.keys(EXPECTED_REMOVED).sort()).toEqual(exampleNames());
  });

  it.concurrent.each(examples)(
    "%s applies (all but what moto cannot create), and a second plan changes nothing",
    async (name) => {
      const { intent, graph } = compileText(readExample(name), `examples/${name}/intent.yaml`);
      const result = await applyTwice(graph, terraformOptionsOf(intent), name);
      timings.push(`${name}: ${result.seconds} s`);
      expectApplied(result, EXPECTED_REMOVED[name]);
    },
    1_200_000,
  );

  if (!only || only.includes("no-domain"))
    it.concurrent(
      "HTTPS without a domain applies (all but CloudFront's VPC origin and distribution), and a second plan changes nothing",
      async () => {
        const { graph } = compileText(NO_DOMAIN, "nodomain.yaml");
        const result = await applyTwice(graph, {}, "nodomain");
        timings.push(`no-domain intent: ${result.seconds} s`);
        expectApplied(result, NO_DOMAIN_REMOVED);
      },
      1_200_000,
    );
});

function expectApplied(result: MotoApplyResult, removed: readonly string[] | undefined): void {
  // Exactly what the gap lists explain was removed: a new resource moto cannot
  // create, or a new reference to one, shows here instead of disappearing.
  expect(result.removed).toEqual(removed);
  const drift = [...result.changes].filter(([address]) => !(address.split(".")[0]! in MOTO_DRIFTS));
  expect(Object.fromEntries(drift), result.unexpected).toEqual({});
  // Where moto reads back differently, the change is an in-place update, never a replacement.
  expect(
    [...result.changes].filter(([, action]) => action !== "update"),
    result.unexpected,
  ).toEqual([]);
}

if (!enabled || missing !== undefined) {
  describe("terraform apply against moto", () => {
    it.skip(
      enabled
        ? `skipped: ${missing}`
        : "skipped: set IDIO_E2E=1 (or all) to apply examples against moto_server",
      () => {},
    );
  });
}

// Cheap, so it runs without IDIO_E2E: the README's tables name every gap the tests rely on.
it("the e2e README lists every type moto cannot create or reads back differently", () => {
  const readme = readFileSync(new URL("./README.md", import.meta.url), "utf8");
  const rows = readme.split("\n").filter((line) => line.startsWith("| `aws_"));
  const listed = (type: string) => rows.some((row) => row.split("|")[1]!.includes(`\`${type}\``));
  const types = [
    ...Object.keys(MOTO_CANNOT_CREATE),
    ...MOTO_CANNOT_CREATE_WHEN.map((gap) => gap.type),
    ...Object.keys(MOTO_DRIFTS),
  ];
  expect(types.filter((type) => !listed(type))).toEqual([]);
});
