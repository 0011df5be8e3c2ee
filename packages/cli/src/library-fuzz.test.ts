// Every exported function of every IDIO package, called with hostile
// arguments, returns or throws the one documented IdioArgumentError — never a
// TypeError or RangeError from deep inside, never a hang. Exports are listed
// from the package namespaces, so a new export is fuzzed without editing this.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import * as cli from "@idio-iac/cli";
import * as cliDiff from "@idio-iac/cli/diff";
import * as catalog from "@idio-iac/catalog";
import * as compiler from "@idio-iac/compiler";
import * as emitters from "@idio-iac/emitters";
import * as emittersMermaid from "@idio-iac/emitters/mermaid";
import * as graph from "@idio-iac/graph";
import * as intentSchema from "@idio-iac/intent-schema";
import * as policy from "@idio-iac/policy";
import * as idio from "idio-iac";
import { memoryIo } from "./test-support/memory-io.js";

const { IdioArgumentError } = graph;

const packages = {
  "@idio-iac/graph": graph,
  "@idio-iac/intent-schema": intentSchema,
  "@idio-iac/compiler": compiler,
  "@idio-iac/policy": policy,
  "@idio-iac/catalog": catalog,
  "@idio-iac/emitters": emitters,
  "idio-iac": idio,
  "@idio-iac/cli": cli,
  // Subpath exports are public too (the same function twice is fuzzed once).
  "@idio-iac/cli/diff": cliDiff,
  "@idio-iac/emitters/mermaid": emittersMermaid,
} as Record<string, Record<string, unknown>>;

// Not fuzzed as plain functions, each for a reason:
const NOT_FUZZED = new Set([
  // Classes: constructing one is not a call (and `new` of an error class with any message is fine).
  "IdioArgumentError",
  "PolicyBundleError",
  "RefreshError",
  "PriceIndex",
  // The CLI entry takes an io object the caller builds; its argv is fuzzed below instead.
  "runCli",
]);

type Fn = (...args: unknown[]) => unknown;

/**
 * The one documented error (README "Errors"): IdioArgumentError. Bundle bytes that are not a
 * usable bundle are its subclass PolicyBundleError, with a diagnostic code the CLI reports.
 */
const isDocumented = (error: unknown) => error instanceof IdioArgumentError;

function exportedFunctions(): { id: string; fn: Fn }[] {
  const seen = new Set<unknown>();
  const found: { id: string; fn: Fn }[] = [];
  for (const [pkg, namespace] of Object.entries(packages)) {
    for (const [name, value] of Object.entries(namespace)) {
      if (typeof value !== "function" || NOT_FUZZED.has(name) || seen.has(value)) continue;
      seen.add(value);
      found.push({ id: `${pkg}:${name}`, fn: value as Fn });
    }
  }
  return found;
}

/** Thrown by hostile getters and traps: seeing it escape means an argument went unchecked. */
class HostileError extends Error {
  override name = "HostileError";
}
const hostile = () => {
  throw new HostileError("hostile getter or trap");
};

function cyclicObject(): object {
  const value: Record<string, unknown> = { name: "cycle", region: "us-east-1", nodes: [] };
  value.self = value;
  (value.nodes as unknown[]).push({
    id: "a",
    kind: "aws.ec2.vpc",
    props: value,
    dependsOn: [],
    tags: {},
  });
  return value;
}
function throwingGetter(key: string): object {
  const value = { id: "x", kind: "aws.ec2.vpc", props: {}, dependsOn: [], tags: {} };
  Object.defineProperty(value, key, { get: hostile, enumerable: true });
  return value;
}
const trapAll = new Proxy(
  {},
  {
    get: hostile,
    has: hostile,
    ownKeys: hostile,
    getOwnPropertyDescriptor: hostile,
    getPrototypeOf: hostile,
    set: hostile,
    defineProperty: hostile,
    deleteProperty: hostile,
    apply: hostile,
  },
);
const trapGetArray = new Proxy(["a", "b"], { get: hostile });

/** Small hostile values, rebuilt for each call (a function may have mutated the last one). */
const hostileValues: (() => unknown)[] = [
  () => null,
  () => undefined,
  () => 0,
  () => -1,
  () => 1.5,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 1e308,
  () => -0,
  () => 10n ** 30n,
  () => true,
  () => "",
  () => "x",
  () => "production",
  () => "aws.ec2.vpc",
  () => "\u0000\u001b[31m\u202e<script>`|",
  () => "9".repeat(400),
  () => [],
  () => [null, 1, "x", {}],
  () => ["x", "y"],
  () => ({}),
  () => ({ nodes: null }),
  () => ({ nodes: [{}] }),
  () => ({ nodes: [{ id: "a", kind: "nope", props: {}, dependsOn: ["b"] }] }),
  () => ({ name: 5, tiers: "x", findings: {}, lines: 3 }),
  // Pass the cheap entry checks, then break deeper: dangling refs, unknown kinds, odd props.
  () => ({
    name: "n",
    region: "us-east-1",
    environment: "production",
    nodes: [
      {
        id: "a",
        kind: "nope",
        props: { vpcId: { ref: "b", attr: "id" }, list: [trapAll] },
        dependsOn: ["b"],
        tags: {},
      },
    ],
  }),
  () => ({
    name: "n",
    region: "us-east-1",
    nodes: [
      { id: "network.vpc", kind: "aws.ec2.vpc", props: { cidrBlock: 5 }, dependsOn: [], tags: {} },
    ],
  }),
  () => ({ apiVersion: "idio.dev/v1", name: "x", environment: "production", tiers: [{}] }),
  () => ({ __proto__: { polluted: true } }),
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}'),
  cyclicObject,
  () => {
    const array: unknown[] = [];
    array.push(array);
    return array;
  },
  () => throwingGetter("nodes"),
  () => throwingGetter("props"),
  () => ({ nodes: [throwingGetter("id")] }),
  () => trapAll,
  () => trapGetArray,
  () => Object.freeze({ nodes: Object.freeze([]), name: "frozen" }),
  () => Object.freeze(["a"]),
  () => Object.create(null),
  () => Object.assign(Object.create(null), { nodes: [] }),
  () => new Uint8Array([0xff, 0xfe, 0x00]),
  () => new Map([["a", 1]]),
  () => new Date(Number.NaN),
  () => () => 1,
  () => Symbol("s"),
];

const HUGE = "a".repeat(10 * 1024 * 1024);

/** Calls fn; resolves to the error it threw or rejected with, or undefined. */
async function outcome(fn: unknown, args: unknown[]): Promise<unknown> {
  try {
    const result = (fn as Fn)(...args);
    if (result instanceof Promise) await result;
    return undefined;
  } catch (error) {
    return error;
  }
}

function describeFailure(id: string, error: unknown): string {
  return error instanceof Error
    ? `${id} threw ${error.name}: ${error.message.slice(0, 300)}\n${error.stack?.split("\n").slice(1, 6).join("\n")}`
    : `${id} threw ${String(error)}`;
}

const functions = exportedFunctions();
const polluted = () => ({}) as Record<string, unknown>;

describe("library fuzz: every export × hostile arguments", () => {
  it("finds every exported function (the list is real, not empty)", () => {
    expect(functions.length).toBeGreaterThan(50);
    const ids = functions.map((f) => f.id);
    for (const name of ["plan", "compile", "emitTerraform", "checkPolicies", "estimateCost"]) {
      expect(ids.some((id) => id.endsWith(`:${name}`))).toBe(true);
    }
  });

  it("each export returns or throws IdioArgumentError for random hostile arguments", async () => {
    const failures: string[] = [];
    for (const { id, fn } of functions) {
      const arity = Math.max(fn.length, 1);
      await fc
        .assert(
          fc.asyncProperty(
            fc.array(fc.nat(hostileValues.length - 1), { minLength: 0, maxLength: arity + 1 }),
            async (picks) => {
              const error = await outcome(
                fn,
                picks.map((pick) => hostileValues[pick]!()),
              );
              if (error !== undefined && !isDocumented(error)) {
                failures.push(`${describeFailure(id, error)}\n  args: ${picks.join(",")}`);
                return false;
              }
              return true;
            },
          ),
          { numRuns: 100, seed: 9_2024, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
    expect(polluted().polluted).toBeUndefined();
  });

  it("each hostile value alone, in every argument position, is refused or handled", async () => {
    const failures: string[] = [];
    for (const { id, fn } of functions) {
      const arity = Math.max(fn.length, 1);
      for (const [index, make] of hostileValues.entries()) {
        for (let position = 0; position < arity; position++) {
          const args = Array.from({ length: arity }, (_, i) => (i === position ? make() : "x"));
          const error = await outcome(fn, args);
          if (error !== undefined && !isDocumented(error)) {
            failures.push(`${describeFailure(id, error)}\n  value ${index} at ${position}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("a 10 MB string in any argument position ends quickly in a result or IdioArgumentError", async () => {
    const failures: string[] = [];
    for (const { id, fn } of functions) {
      const arity = Math.max(fn.length, 1);
      for (let position = 0; position < arity; position++) {
        const args = Array.from({ length: arity }, (_, i) => (i === position ? HUGE : "x"));
        const error = await outcome(fn, args);
        if (error !== undefined && !isDocumented(error)) {
          failures.push(describeFailure(id, error));
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("bundle bytes that are not a bundle end in PolicyBundleError, an IdioArgumentError", async () => {
    const error = await outcome(policy.loadPolicyBundle, [new Uint8Array([0xff, 0xfe, 0]), "x"]);
    expect(error).toBeInstanceOf(policy.PolicyBundleError);
    expect(error).toBeInstanceOf(IdioArgumentError);
    expect((error as InstanceType<typeof IdioArgumentError>).code).toMatch(/^IDIO5[12]\d$/);
  });

  it("the error names the function and argument and never echoes a huge value whole", async () => {
    const error = await outcome(compiler.compile, [HUGE]);
    expect(error).toBeInstanceOf(IdioArgumentError);
    const argumentError = error as InstanceType<typeof IdioArgumentError>;
    expect(argumentError.name).toBe("IdioArgumentError");
    expect(argumentError.code).toBe("IDIO_ARGUMENT");
    expect(argumentError.argument).toBe("intent");
    expect(argumentError.functionName).toBe("compile");
    expect(argumentError.message).toBe(
      'compile(): argument "intent" must be an object; got a string of 10485760 characters ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"…)',
    );
  });

  it("a cyclic argument deep inside ends as IdioArgumentError with the cause kept", async () => {
    // creationWaves walks every props value: the cycle overflows the stack there.
    const error = await outcome(graph.creationWaves, [cyclicObject()]);
    expect(error).toBeInstanceOf(IdioArgumentError);
    expect((error as Error).message).toBe(
      'creationWaves(): argument "graph.nodes[0].props" is cyclic: it contains itself',
    );
    expect((error as Error).cause).toBeInstanceOf(RangeError);
  });

  it("a getter that throws deep inside ends as IdioArgumentError naming where", async () => {
    const props = throwingGetter("cidr");
    const node = { id: "a", kind: "aws.ec2.vpc", dependsOn: [], tags: {}, props };
    const error = await outcome(graph.creationWaves, [
      { name: "n", region: "us-east-1", nodes: [node] },
    ]);
    expect(error).toBeInstanceOf(IdioArgumentError);
    expect((error as Error).message).toBe(
      'creationWaves(): argument "graph.nodes[0].props.cidr" is a getter or setter, not a plain value',
    );
    expect((error as Error).cause).toBeInstanceOf(HostileError);
  });

  it("an error IDIO itself causes on valid arguments is not disguised", async () => {
    // A caller's callback error is not the caller's bad argument: it passes through as it was.
    const error = await outcome(graph.mapValues, [
      "text",
      () => {
        throw new TypeError("from the callback");
      },
    ]);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("from the callback");
  });
});

describe("library fuzz: runCli argv", () => {
  // A real intent in the working directory, so commands get past "file not found".
  const cwd = mkdtempSync(join(tmpdir(), "idio-fuzz-cli-"));
  copyFileSync(
    fileURLToPath(new URL("../../../examples/static-website/intent.yaml", import.meta.url)),
    join(cwd, "intent.yaml"),
  );
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));
  // Network commands (prices refresh) are left out: they are tested with a loopback server.
  const tokens = [
    "validate",
    "compile",
    "plan",
    "cost",
    "policy",
    "explain",
    "rules",
    "schema",
    "templates",
    "list",
    "show",
    "--help",
    "--format",
    "json",
    "--out",
    "out",
    "--fail-on",
    "high",
    "--as-of",
    "2024-02-30",
    "--assume",
    "peakRps=1e400",
    "--framework",
    "pci",
    "--policy-timeout",
    "-1",
    "intent.yaml",
    "",
    "-",
    "--",
    "\u0000\u001b[2J\u202e",
    "9".repeat(300),
  ];

  it("ends with exit 0, 1 or 2 for random argv — never 3 (an internal error)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...tokens), { maxLength: 6 }), async (argv) => {
        const run = memoryIo({ cwd });
        const code = await cli.runCli(argv, run.io);
        expect([0, 1, 2], `idio ${argv.join(" ")}\n${run.stderr.slice(0, 2000)}`).toContain(code);
      }),
      { numRuns: 60, seed: 9_2024 },
    );
  });
});
