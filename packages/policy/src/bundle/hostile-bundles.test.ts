import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { autoFix } from "../auto-fix.js";
import { evaluatePolicies } from "../evaluate-policies.js";
import { loadLab } from "../test-support/lab-graph.js";
import { HUGE_SIZE, NEGATIVE_SIZE, rawTarGz, type RawEntry } from "@idio-iac/testing";
import { loadPolicyBundle, PolicyBundleError } from "./policy-bundle.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../test-fixtures/hostile/${name}`, import.meta.url));
const WASM = readFileSync(new URL("../../bundle/policy.wasm", import.meta.url));

/** The PolicyBundleError loading `bytes` throws, as [code, message]. */
function refusal(bytes: Uint8Array, options: Parameters<typeof loadPolicyBundle>[2] = {}) {
  try {
    loadPolicyBundle(bytes, "hostile.tar.gz", options);
  } catch (error) {
    if (!(error instanceof PolicyBundleError)) throw error;
    return [error.code, error.message];
  }
  throw new Error("the bundle was accepted");
}

const archive = (...entries: RawEntry[]) => rawTarGz(entries);

describe("reading a hostile bundle archive", () => {
  it.each([
    [
      "a negative tar size",
      archive({ name: "/policy.wasm", sizeField: NEGATIVE_SIZE }),
      "IDIO513",
      'hostile.tar.gz: entry "/policy.wasm" has an invalid size field (negative or unreadable)',
    ],
    [
      "a huge tar size",
      archive({ name: "/policy.wasm", sizeField: HUGE_SIZE }),
      "IDIO516",
      'hostile.tar.gz: entry "/policy.wasm" is 8192.0 MiB, more than the 32 MiB an entry may be',
    ],
    [
      "a FIFO",
      archive({ name: "/policy.wasm", type: "6" }),
      "IDIO514",
      'hostile.tar.gz: entry "/policy.wasm" is a FIFO (only regular files and directories are read)',
    ],
    [
      "a symbolic link",
      archive({ name: "/policy.wasm", type: "2", linkName: "/etc/passwd" }),
      "IDIO514",
      'hostile.tar.gz: entry "/policy.wasm" is a SymbolicLink (only regular files and directories are read)',
    ],
    [
      "a hard link",
      archive({ name: "/policy.wasm", type: "1", linkName: "/etc/passwd" }),
      "IDIO514",
      'hostile.tar.gz: entry "/policy.wasm" is a Link (only regular files and directories are read)',
    ],
    [
      "a character device",
      archive({ name: "/dev/zero", type: "3" }),
      "IDIO514",
      'hostile.tar.gz: entry "/dev/zero" is a CharacterDevice (only regular files and directories are read)',
    ],
    [
      "a path outside the archive",
      archive({ name: "../../policy.wasm", body: WASM.subarray(0, 8) }),
      "IDIO515",
      'hostile.tar.gz: entry "../../policy.wasm" points outside the archive',
    ],
    [
      "an absolute path beyond OPA's leading slash",
      archive({ name: "//etc/policy.wasm", body: WASM.subarray(0, 8) }),
      "IDIO515",
      'hostile.tar.gz: entry "//etc/policy.wasm" points outside the archive',
    ],
    [
      "a broken header checksum",
      (() => {
        const tar = Buffer.from(gzipSync(Buffer.alloc(2048, 7)));
        return tar;
      })(),
      "IDIO513",
      undefined,
    ],
    ["not gzip after the magic bytes", Buffer.from([0x1f, 0x8b, 1, 2, 3]), "IDIO513", undefined],
  ])("refuses %s", (_, bytes, code, message) => {
    const [actualCode, actualMessage] = refusal(bytes);
    expect(actualCode).toBe(code);
    if (message) expect(actualMessage).toBe(message);
  });

  it("stops a gzip bomb at the uncompressed cap", () => {
    // 200 MiB of zeros gzip to about 200 KiB; inflating stops at 64 MiB.
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(bomb)).toEqual([
      "IDIO512",
      "hostile.tar.gz: inflates to more than 64 MiB; reading stopped there",
    ]);
  });

  it("refuses a file over the compressed cap before reading it", () => {
    expect(refusal(Buffer.alloc(2048, 1), { limits: { maxCompressedBytes: 1024 } })).toEqual([
      "IDIO511",
      "hostile.tar.gz: is 2048 bytes, more than the 1024 a bundle may be",
    ]);
  });

  it("refuses an entry over the entry cap, and too many entries", () => {
    const big = archive({ name: "/policy.wasm", body: WASM });
    expect(refusal(big, { limits: { maxEntryBytes: 1024 } })[0]).toBe("IDIO516");
    const many = archive(
      ...Array.from({ length: 5 }, (_, index) => ({ name: `/f${index}`, body: new Uint8Array(1) })),
    );
    expect(refusal(many, { limits: { maxEntries: 4 } })).toEqual([
      "IDIO517",
      "hostile.tar.gz: holds more than 4 entries",
    ]);
  });

  it("reads a bundle written header by header, with OPA's leading slash and a directory", () => {
    const bundle = loadPolicyBundle(
      archive(
        { name: "/rego/", type: "5" },
        { name: "/data.json", body: Buffer.from("{}") },
        { name: "/policy.wasm", body: WASM },
      ),
      "raw.tar.gz",
    );
    expect(bundle.rules.size).toBeGreaterThan(50);
  });
});

describe("evaluating a hostile bundle", () => {
  it("stops a rule that never finishes at the time limit (IDIO519) and names the bundle", () => {
    const { graph, context } = loadLab();
    const bundle = loadPolicyBundle(fixture("endless.tar.gz"), "endless.tar.gz");
    const report = evaluatePolicies(graph, context, { bundles: [bundle], timeoutMs: 500 });
    expect(report.diagnostics).toEqual([
      {
        code: "IDIO519",
        severity: "error",
        message:
          "policy bundle: evaluating idio/findings did not finish within 0.5 s (it ran too long or ran out of memory); it was stopped",
        file: "endless.tar.gz",
        line: 0,
        column: 0,
        path: "",
        hint: "Look for a rule that iterates over a very large set (numbers.range, nested comprehensions), or raise --policy-timeout.",
      },
    ]);
    // The worker was terminated: the bundle refuses further work instead of hanging again.
    expect(() => bundle.evaluate({}, { timeoutMs: 500 })).toThrow(/did not finish within 0.5 s/);
  });

  it("refuses fixes aimed at prototypes (IDIO521) and leaves Object.prototype alone", () => {
    const { graph, context } = loadLab();
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const bundle = loadPolicyBundle(fixture("proto-fix.tar.gz"), "proto-fix.tar.gz");
    const fixed = autoFix(graph, context, { bundles: [bundle], allowBundleFixes: true });
    // One pair per database of the lab graph.
    const distinct = [...new Set(fixed.diagnostics.map((d) => `${d.code} ${d.message}`))];
    expect(distinct.map((line) => line.split(/ (.*)/s).slice(0, 2))).toEqual([
      [
        "IDIO521",
        'HOSTILE-PROTO-001 (proto-fix.tar.gz): its fix add "/__proto__/polluted" touches "__proto__"; it was not applied.',
      ],
      [
        "IDIO521",
        'HOSTILE-PROTO-001 (proto-fix.tar.gz): its fix add "/constructor/prototype/polluted" touches "constructor"; it was not applied.',
      ],
    ]);
    expect(fixed.applied).toEqual([]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a user fix unapplied (IDIO522) unless allowed, and lists an allowed one with its bundle", () => {
    const { graph, context } = loadLab();
    const bundle = loadPolicyBundle(fixture("unencrypt.tar.gz"), "unencrypt.tar.gz");
    const held = autoFix(graph, context, { bundles: [bundle] });
    expect(held.applied.filter((fix) => fix.ruleId.startsWith("HOSTILE"))).toEqual([]);
    const notes = held.remaining.diagnostics.filter((d) => d.code === "IDIO522");
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toMatchObject({ severity: "info" });
    expect(notes[0]?.message).toMatch(/^HOSTILE-UNENC-001 \(unencrypt\.tar\.gz\) has a fix for /);
    expect(held.remaining.findings.some((f) => f.ruleId === "HOSTILE-UNENC-001")).toBe(true);

    // Allowed: the user fix applies, is listed with its bundle, and the built-in rule
    // evaluated afterwards puts encryption back: a fight, reported as an error.
    const allowed = autoFix(graph, context, { bundles: [bundle], allowBundleFixes: true });
    const userFix = allowed.applied.find((fix) => fix.ruleId === "HOSTILE-UNENC-001");
    expect(userFix).toMatchObject({
      path: "/props/storageEncrypted",
      before: true,
      after: false,
      source: "unencrypt.tar.gz",
    });
    expect(allowed.diagnostics.map((d) => d.code)).toContain("IDIO504");
    expect(allowed.diagnostics.find((d) => d.code === "IDIO504")?.message).toMatch(
      /storageEncrypted: HOSTILE-UNENC-001 sets false, IDIO-RDS-001 sets true/,
    );
  });
});
