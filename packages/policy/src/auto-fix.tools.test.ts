import { fileURLToPath } from "node:url";
import { buildTestBundle as buildBundleFrom, opaBinary } from "@idio-iac/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { autoFix } from "./auto-fix.js";
import { loadPolicyBundle } from "./bundle/policy-bundle.js";
import { REGO_DIR } from "./build/policy-sources.js";
import { evaluatePolicies } from "./evaluate-policies.js";
import {
  frozen,
  loadLab,
  mutableCopy,
  nodeOf,
  type MutableGraph,
} from "./test-support/lab-graph.js";

/** Ways to weaken the lab graph; fast-check combines them at random. */
/** Compiles a folder of test rules under ./test-support with IDIO's entrypoints. */
const buildTestBundle = (opa: string, folder: string) =>
  buildBundleFrom(
    opa,
    fileURLToPath(new URL(`./test-support/${folder}`, import.meta.url)),
    REGO_DIR,
  );

const WEAKENINGS: readonly ((graph: MutableGraph) => void)[] = [
  (g) => (nodeOf(g, "aws.s3.bucket", (n) => n.id === "uploads.bucket").props.versioning = false),
  (g) =>
    (nodeOf(
      g,
      "aws.s3.bucket",
      (n) => n.id === "uploads.bucket",
    ).props.publicAccessBlock.ignorePublicAcls = false),
  (g) => (nodeOf(g, "aws.rds.instance").props.storageEncrypted = false),
  (g) => (nodeOf(g, "aws.rds.instance").props.backupRetentionDays = 1),
  (g) => (nodeOf(g, "aws.rds.instance").props.multiAz = false),
  (g) => (nodeOf(g, "aws.kms.key").props.enableKeyRotation = false),
  (g) => (nodeOf(g, "aws.logs.log_group").props.retentionInDays = 0),
  (g) => (nodeOf(g, "aws.logs.log_group").props.retentionInDays = 30),
  (g) => (nodeOf(g, "aws.ecs.service").props.desiredCount = 1),
  (g) => (nodeOf(g, "aws.ec2.launch_template").props.metadataOptions.httpTokens = "optional"),
  (g) => (nodeOf(g, "aws.elasticache.replication_group").props.numCacheClusters = 1),
  (g) => delete nodeOf(g, "aws.s3.bucket", (n) => n.id === "uploads.bucket").tags.owner,
  (g) => delete nodeOf(g, "aws.cloudtrail.trail").props.kmsKeyId,
  (g) => (nodeOf(g, "aws.dynamodb.table").props.replicaRegions = []),
  (g) => {
    const policy = nodeOf(
      g,
      "aws.s3.bucket_policy",
      (n) => n.props.bucket.ref === "uploads.bucket",
    );
    g.nodes = g.nodes.filter((n) => n.id !== policy.id);
  },
];

describe("autoFix", () => {
  const { graph, context } = loadLab();

  it("leaves a clean graph alone", () => {
    const fixed = autoFix(graph, context);
    expect(fixed.applied).toEqual([]);
    expect(fixed.graph).toEqual(graph);
  });

  it("never modifies its input", () => {
    const broken = mutableCopy(graph);
    WEAKENINGS.forEach((weaken) => weaken(broken));
    const snapshot = structuredClone(broken);
    autoFix(frozen(broken), context);
    expect(broken).toEqual(snapshot);
  });

  it("records each change with its rule, resource, path, before and after", () => {
    const broken = mutableCopy(graph);
    nodeOf(broken, "aws.rds.instance").props.backupRetentionDays = 1;
    const fixed = autoFix(frozen(broken), context);
    expect(fixed.applied).toEqual([
      {
        ruleId: "IDIO-RDS-004",
        resourceId: "db.instance",
        path: "/props/backupRetentionDays",
        before: 1,
        after: 35,
      },
    ]);
  });

  it("is idempotent: fixing a fixed graph changes nothing (property)", () => {
    fc.assert(
      fc.property(fc.subarray([...WEAKENINGS.keys()], { minLength: 1 }), (chosen) => {
        const broken = mutableCopy(graph);
        for (const index of chosen) WEAKENINGS[index]?.(broken);
        const once = autoFix(frozen(broken), context);
        expect(once.diagnostics).toEqual([]);
        expect(once.remaining.findings.filter((f) => f.fixable)).toEqual([]);
        const twice = autoFix(once.graph, context);
        expect(twice.applied).toEqual([]);
        expect(twice.graph).toEqual(once.graph);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps nodes sorted by id after adding one", () => {
    const broken = mutableCopy(graph);
    broken.nodes = broken.nodes.filter((n) => n.id !== "uploads.bucket.policy");
    const fixed = autoFix(frozen(broken), context);
    const ids = fixed.graph.nodes.map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids).toContain("uploads.bucket-policy");
    expect(evaluatePolicies(fixed.graph, context).findings).toEqual([]);
  });
});

describe("autoFix with rules that fight", () => {
  const opa = opaBinary();
  it.skipIf(!opa)("stops with an IDIO504 error naming both rules", () => {
    const { graph, context } = loadLab();
    const bundle = loadPolicyBundle(
      buildTestBundle(opa as string, "fighting-bundle"),
      "fight.tar.gz",
    );
    const fixed = autoFix(graph, context, { bundles: [bundle], allowBundleFixes: true });
    expect(fixed.diagnostics).toHaveLength(1);
    expect(fixed.diagnostics[0]).toMatchObject({ code: "IDIO504", severity: "error" });
    expect(fixed.diagnostics[0]?.message).toMatch(
      /TEST-FIGHT-001.*IDIO-RDS-004|IDIO-RDS-004.*TEST-FIGHT-001/,
    );
    expect(fixed.remaining.diagnostics).toContainEqual(fixed.diagnostics[0]);
  });
});

describe("user bundles that break the contract", () => {
  const opa = opaBinary();
  it.skipIf(!opa)(
    "report a rule without METADATA and a reused rule id (IDIO505), and ignore their findings",
    () => {
      const { graph, context } = loadLab();
      const bundles = ["undocumented-bundle", "duplicate-bundle"].map((folder) =>
        loadPolicyBundle(buildTestBundle(opa as string, folder), `${folder}.tar.gz`),
      );
      const report = evaluatePolicies(graph, context, { bundles });
      expect(report.findings).toEqual([]);
      expect(report.diagnostics.map((d) => [d.code, d.message])).toEqual([
        [
          "IDIO505",
          "Rule IDIO-S3-001 of duplicate-bundle.tar.gz is ignored: builtin already defines it.",
        ],
        [
          "IDIO505",
          "Rule package idio.rules.no_metadata of undocumented-bundle.tar.gz reports violations but no METADATA; its findings are ignored.",
        ],
      ]);
    },
  );
});
