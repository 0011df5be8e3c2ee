/**
 * The deployability rules (IDIO-DEPLOY-…) beyond one finding each (rule-by-rule.test.ts): an
 * open `deploy: error` finding becomes a located IDIO524 error, which stops `plan`; a waiver lifts
 * it; quota warnings stay findings, name the quota, and follow the account's applied quotas; the
 * limits the Rego tests use are the ones @idio-iac/core holds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compile } from "@idio-iac/compiler";
import { AWS_DEFAULT_QUOTAS, AWS_LIMITS } from "@idio-iac/core";
import { parseIntent } from "@idio-iac/intent-schema";
import { describe, expect, it } from "vitest";
import { REGO_DIR } from "./build/policy-sources.js";
import { DEPLOY_LIMITS, deployLimits } from "./deploy-limits.js";
import { evaluatePolicies } from "./evaluate-policies.js";
import { policyInput } from "./policy-context.js";
import { checkPolicies } from "./policy-step.js";
import { findRule } from "./rules.js";
import { frozen, loadLab, mutableCopy, nodeOf } from "./test-support/lab-graph.js";

const LONG_ID = "policy-lab-prod-sessions-with-a-long-name"; // 41 characters; ElastiCache allows 40

function longCacheId() {
  const graph = mutableCopy(loadLab().graph);
  nodeOf(graph, "aws.elasticache.replication_group").props.replicationGroupId = LONG_ID;
  return frozen(graph);
}

describe("deployability rules", () => {
  it("turn an open error-level finding into IDIO524 at the tier that made the resource", () => {
    const lab = loadLab();
    const result = checkPolicies(lab.intent, longCacheId(), {
      source: lab.source,
      today: "2026-06-01",
      quotas: { fargateOnDemandVcpu: 50 },
    });
    expect(result.report.findings.map((f) => [f.ruleId, f.resourceId])).toEqual([
      ["IDIO-DEPLOY-007", "sessions.replication-group"],
    ]);
    expect(result.diagnostics).toEqual([
      {
        code: "IDIO524",
        severity: "error",
        file: "every-kind.intent.yaml",
        line: 41,
        column: 5,
        endLine: 44,
        endColumn: 1,
        path: "/tiers/7",
        message: `IDIO-DEPLOY-007: replicationGroupId ${LONG_ID} is 41 characters (sessions.replication-group); aws.elasticache.replication_group accepts at most 40.`,
        hint: "AWS would refuse this at apply time; idio rules show IDIO-DEPLOY-007 explains why and links the AWS documentation. Change the intent, or waive IDIO-DEPLOY-007 for sessions.replication-group under policy.waivers if it does not apply to your account.",
      },
    ]);
  });

  it("let a waiver lift the stop", () => {
    const lab = loadLab();
    const intent = {
      ...lab.intent,
      policy: {
        waivers: [
          {
            rule: "IDIO-DEPLOY-007",
            resource: "sessions.replication-group",
            reason: "Renamed by hand before apply (CHG-7).",
          },
        ],
      },
    };
    const result = checkPolicies(intent, longCacheId(), {
      today: "2026-06-01",
      quotas: { fargateOnDemandVcpu: 50 },
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.report.waived.map((f) => f.ruleId)).toEqual(["IDIO-DEPLOY-007"]);
  });

  it("keep quota warnings as findings that name the quota, without stopping the plan", () => {
    const lab = loadLab();
    const report = evaluatePolicies(lab.graph, { ...lab.context, quotas: {} });
    expect(report.findings).toMatchObject([
      {
        ruleId: "IDIO-DEPLOY-002",
        severity: "medium",
        resourceId: "api.service",
        message:
          'Fargate services in us-east-1 need 9 vCPUs at deploy and 15 at full scale (api.service, web.service), more than the default quota of 6. Raise "Fargate On-Demand vCPU resource count" (Service Quotas: fargate L-3032A538) to at least 15 in us-east-1 before applying, then state the applied value under policy.quotas in the intent.',
      },
      // The standby's services start at zero but scale to the same 15 on failover, in its region's quota.
      {
        ruleId: "IDIO-DEPLOY-002",
        severity: "medium",
        resourceId: "dr.api.service",
        message:
          'Fargate services in us-west-2 need 0 vCPUs at deploy and 15 at full scale (dr.api.service, dr.web.service), more than the default quota of 6. Raise "Fargate On-Demand vCPU resource count" (Service Quotas: fargate L-3032A538) to at least 15 in us-west-2 before applying, then state the applied value under policy.quotas in the intent.',
      },
    ]);
    expect(report.diagnostics).toEqual([]);
    expect(findRule("IDIO-DEPLOY-002")?.deploy).toBe("warning");
  });

  it("compare with the account's applied quota when the caller gives one", () => {
    const lab = loadLab();
    const at = (fargateOnDemandVcpu: number) =>
      evaluatePolicies(lab.graph, { ...lab.context, quotas: { fargateOnDemandVcpu } }).findings;
    expect(at(15)).toEqual([]);
    expect(at(14).map((f) => [f.ruleId, f.resourceId])).toEqual([
      ["IDIO-DEPLOY-002", "api.service"],
      ["IDIO-DEPLOY-002", "dr.api.service"],
    ]);
    expect(deployLimits({ fargateOnDemandVcpu: 14 }).quotas.fargateOnDemandVcpu).toEqual({
      ...AWS_DEFAULT_QUOTAS.fargateOnDemandVcpu,
      value: 14,
      awsDefault: 6,
    });
    expect(deployLimits({})).toBe(DEPLOY_LIMITS);
  });

  it("compare with the quota the intent states under policy.quotas, naming it when too small", () => {
    // The lab's web and api services need 15 vCPUs at full scale.
    const deploy = (fargateOnDemandVcpu: number, given?: { fargateOnDemandVcpu: number }) => {
      const { intent, source, graph } = labWithQuotas(
        `fargateOnDemandVcpu: ${fargateOnDemandVcpu}`,
      );
      return checkPolicies(intent, graph, {
        source,
        today: "2026-06-01",
        ...(given ? { quotas: given } : {}),
      }).report.findings.filter((f) => f.ruleId.startsWith("IDIO-DEPLOY-"));
    };
    expect(deploy(15)).toEqual([]);
    expect(deploy(14).map((f) => [f.ruleId, f.resourceId, f.message])).toEqual([
      [
        "IDIO-DEPLOY-002",
        "api.service",
        'Fargate services in us-east-1 need 9 vCPUs at deploy and 15 at full scale (api.service, web.service), more than the account\'s quota of 14 (policy.quotas; AWS default 6). Raise "Fargate On-Demand vCPU resource count" (Service Quotas: fargate L-3032A538) to at least 15 in us-east-1 before applying, then state the applied value under policy.quotas in the intent.',
      ],
      [
        "IDIO-DEPLOY-002",
        "dr.api.service",
        'Fargate services in us-west-2 need 0 vCPUs at deploy and 15 at full scale (dr.api.service, dr.web.service), more than the account\'s quota of 14 (policy.quotas; AWS default 6). Raise "Fargate On-Demand vCPU resource count" (Service Quotas: fargate L-3032A538) to at least 15 in us-west-2 before applying, then state the applied value under policy.quotas in the intent.',
      ],
    ]);
    // A caller that read the account's quotas (checkPolicies' option) wins over the intent.
    expect(deploy(14, { fargateOnDemandVcpu: 15 })).toEqual([]);
    expect(deploy(15, { fargateOnDemandVcpu: 14 }).map((f) => f.ruleId)).toEqual([
      "IDIO-DEPLOY-002",
      "IDIO-DEPLOY-002",
    ]);
  });

  it("pass core's limits to every bundle as input.limits", () => {
    const lab = loadLab();
    const input = policyInput(lab.graph, lab.context);
    expect(input.limits.quotas.fargateOnDemandVcpu.value).toBe(50);
    expect(input.limits.quotas.lambdaConcurrentExecutions).toBe(
      AWS_DEFAULT_QUOTAS.lambdaConcurrentExecutions,
    );
    expect(input.limits.iamRoleInlinePolicyChars).toBe(10_240);
    expect(input.limits.names).toContainEqual({
      kind: "aws.elbv2.target_group",
      prop: "name",
      max: 32,
      global: false,
    });
    expect(input.limits.instanceClasses["aws.rds.cluster_instance"]).not.toContain("db.m7g.large");
  });

  it("test their Rego with the limits core holds (rego/lib/deploy_limits_test.rego)", () => {
    const rego = readFileSync(join(REGO_DIR, "lib", "deploy_limits_test.rego"), "utf8");
    for (const [name, quota] of Object.entries(AWS_DEFAULT_QUOTAS)) {
      expect(rego, name).toContain(
        `"${name}": quota("${quota.serviceCode}", "${quota.quotaCode}", "${quota.name}", ${quota.value})`,
      );
    }
    expect(rego).toContain(
      `"lambdaMinUnreservedConcurrency": ${AWS_LIMITS.lambda.minUnreservedConcurrency}`,
    );
    expect(rego).toContain(
      `"iamRoleInlinePolicyChars": ${AWS_LIMITS.iam.maxRoleInlinePolicyChars}`,
    );
    for (const [, kind, prop, max, global] of rego.matchAll(
      /\{"kind": "([^"]+)", "prop": "([^"]+)", "max": (\d+), "global": (true|false)\}/g,
    )) {
      expect(DEPLOY_LIMITS.names).toContainEqual({
        kind,
        prop,
        max: Number(max),
        global: global === "true",
      });
    }
  });
});

/** The lab intent with a `policy.quotas` block (YAML lines under it), compiled. */
function labWithQuotas(...quotaLines: string[]) {
  const file = "every-kind.intent.yaml";
  const text = readFileSync(new URL(`./test-support/${file}`, import.meta.url), "utf8");
  const parsed = parseIntent(
    `${text}policy:\n  quotas:\n${quotaLines.map((line) => `    ${line}\n`).join("")}`,
    file,
  );
  if (!parsed.intent || !parsed.source) throw new Error(JSON.stringify(parsed.diagnostics));
  const graph = compile(parsed.intent, { source: parsed.source }).graph;
  if (!graph) throw new Error("the lab intent does not compile");
  return { intent: parsed.intent, source: parsed.source, graph };
}
