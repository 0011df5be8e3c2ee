import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import picomatch from "picomatch";
import { diagnostic, type Diagnostic } from "@idio-iac/core";
import { IDIO_VERSION, planToJson, type Plan } from "idio-iac";
import { atLeast, builtinRules, toSarif, type Severity } from "@idio-iac/policy";
import { absentPlan, diffPlans, signedUsd, usd } from "@idio-iac/cli/diff";
import { emitMermaid } from "@idio-iac/emitters/mermaid";
import { annotationCommand } from "./annotations.js";
import { approvalReasons, findApproval, type ApprovalDecision } from "./approval.js";
import { readContext, type RunContext } from "./event.js";
import {
  changedFiles,
  fetchCommit,
  fetchPullHead,
  hasCommit,
  listFiles,
  mergeBase,
  readBlob,
} from "./git-objects.js";
import { GitHubApi, GitHubApiError } from "./github-api.js";
import { readInputs, type ActionInputs } from "./inputs.js";
import { planAll, type PlanJob } from "./plan-pool.js";
import { renderReport, totals, type IntentReport } from "./report.js";
import { appendSummary, setOutputs } from "./runner-files.js";
import { postComment } from "./sticky-comment.js";

export interface RunOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Prints workflow commands and log lines (the runner reads stdout). */
  readonly log?: (line: string) => void;
  /** The script worker threads run (the bundle itself); without it planning is inline. */
  readonly workerScript?: URL;
}

function fail(log: (line: string) => void, d: Diagnostic): void {
  log(
    annotationCommand({
      level: "error",
      file: d.file,
      line: d.line,
      column: d.column,
      title: d.code,
      message: `${d.message}${d.hint ? ` ${d.hint}` : ""}`,
    }),
  );
}

interface Sides {
  /** Commit the head versions come from. */
  readonly head: string;
  /** Commit the base versions come from (undefined outside a pull request). */
  readonly base?: string;
  /** Intent paths to plan, sorted. */
  readonly paths: readonly string[];
}

/** Which intents to plan, from git objects only: nothing of the pull request is checked out or run. */
async function findIntents(ctx: RunContext, inputs: ActionInputs): Promise<Sides | Diagnostic> {
  const cwd = ctx.workspace;
  const isIntent = picomatch([...inputs.intents], { dot: false });
  const unreadable = (sha: string) =>
    diagnostic("IDIO743", {
      file: "action.yml",
      message: `Commit ${sha} is not in the clone, and fetching it failed.`,
      hint: "Check out with `fetch-depth: 0` (actions/checkout), or fetch the base and head commits before this step.",
    });
  if (ctx.pull === undefined) {
    if (!/^[0-9a-f]{7,64}$/.test(ctx.sha)) return unreadable(ctx.sha || "(GITHUB_SHA unset)");
    const files = await listFiles(cwd, ctx.sha);
    if (files === undefined) return unreadable(ctx.sha);
    return { head: ctx.sha, paths: files.filter((f) => isIntent(f)).sort() };
  }
  const { headSha, baseSha, number } = ctx.pull;
  if (
    !(await hasCommit(cwd, headSha)) &&
    !(await fetchPullHead(cwd, number)) &&
    !(await fetchCommit(cwd, headSha))
  )
    return unreadable(headSha);
  if (!(await hasCommit(cwd, baseSha)) && !(await fetchCommit(cwd, baseSha)))
    return unreadable(baseSha);
  const base = (await mergeBase(cwd, baseSha, headSha)) ?? baseSha;
  const changed = await changedFiles(cwd, base, headSha);
  if (changed === undefined) return unreadable(base);
  return { head: headSha, base, paths: [...new Set(changed.filter((f) => isIntent(f)))].sort() };
}

function annotate(log: (line: string) => void, report: IntentReport): void {
  for (const d of report.diagnostics) {
    if (d.severity === "info") continue;
    log(
      annotationCommand({
        level: d.severity === "error" ? "error" : "warning",
        file: d.file,
        line: d.line,
        column: d.column,
        title: d.code,
        message: d.message,
      }),
    );
  }
  for (const f of report.diff?.findings.new ?? []) {
    log(
      annotationCommand({
        level: f.severity === "critical" || f.severity === "high" ? "error" : "warning",
        file: report.path,
        line: f.line ?? 0,
        column: f.column ?? 0,
        title: `${f.ruleId} (${f.severity})`,
        message: `${f.message}${f.resourceId ? ` [${f.resourceId}]` : ""}`,
      }),
    );
  }
}

interface SarifRun {
  tool: unknown;
  results: { partialFingerprints?: Record<string, string> }[];
  [key: string]: unknown;
}

/**
 * One SARIF run for every changed intent (code scanning refuses several runs
 * of one tool and category in a file): the results of all head plans, each at
 * its intent's line. Fingerprints include the intent path, so the same rule
 * on the same resource id in two intents stays two alerts.
 */
function writeSarif(
  file: string,
  workspace: string,
  heads: readonly { path: string; plan: Plan }[],
): void {
  const rules = builtinRules();
  const sarifOf = (path: string, plan?: Plan) =>
    toSarif(
      {
        findings: plan?.findings ?? [],
        waived: plan?.waived ?? [],
        diagnostics: [],
        coverage: plan?.coverage ?? [],
        rulesEvaluated: [],
      },
      { intentFile: path, toolVersion: IDIO_VERSION, rules },
    ) as { runs: SarifRun[] };
  const [run] = sarifOf(heads[0]?.path ?? "intent.yaml", heads[0]?.plan).runs;
  run!.results = heads.flatMap(({ path, plan }) =>
    sarifOf(path, plan).runs.flatMap((r) =>
      r.results.map((result) => ({
        ...result,
        partialFingerprints: {
          "idioFinding/v1": createHash("sha256")
            .update(`${path}\u0000${result.partialFingerprints?.["idioFinding/v1"] ?? ""}`)
            .digest("hex"),
        },
      })),
    ),
  );
  const target = resolve(workspace, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(
    target,
    `${JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [run] }, null, 2)}\n`,
  );
}

/**
 * The Action: plan the head and base version of every changed intent (from
 * git objects), post one sticky comment, write the job summary, annotations,
 * SARIF and outputs, and apply the gates. Sets process.exitCode to 1 when a
 * gate fails or an input is wrong; never throws for user error.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { inputs, problems } = readInputs(env);
  if (inputs === undefined) {
    problems.forEach((p) => fail(log, p));
    process.exitCode = 1;
    return;
  }
  const ctx = readContext(env);
  const sides = await findIntents(ctx, inputs);
  if ("code" in sides) {
    fail(log, sides);
    process.exitCode = 1;
    return;
  }

  // Read every version first, then plan them all in parallel in a stable order.
  const today = new Date().toISOString().slice(0, 10);
  const texts = await Promise.all(
    sides.paths.map(async (path) => ({
      path,
      head: await readBlob(ctx.workspace, sides.head, path),
      base: sides.base === undefined ? undefined : await readBlob(ctx.workspace, sides.base, path),
    })),
  );
  const jobs: PlanJob[] = [];
  const index = texts.map(({ path, head, base }) => ({
    head: head === undefined ? -1 : jobs.push({ text: head, fileName: path, today }) - 1,
    base: base === undefined ? -1 : jobs.push({ text: base, fileName: path, today }) - 1,
  }));
  const workers = Math.max(1, inputs.parallelism ?? availableParallelism());
  log(
    `IDIO ${IDIO_VERSION}: planning ${jobs.length} versions of ${sides.paths.length} intents with ${Math.min(workers, jobs.length)} workers`,
  );
  const outcomes = await planAll(
    jobs,
    options.workerScript === undefined ? 1 : workers,
    options.workerScript ?? new URL(import.meta.url),
  );

  const reports: IntentReport[] = [];
  const heads: { path: string; plan: Plan }[] = [];
  texts.forEach(({ path }, i) => {
    const head = index[i]!.head < 0 ? undefined : outcomes[index[i]!.head]!;
    const base = index[i]!.base < 0 ? undefined : outcomes[index[i]!.base]!;
    const diagnostics = head?.diagnostics ?? [];
    if (head !== undefined && head.plan === undefined) {
      reports.push({ path, status: "error", diagnostics });
      return;
    }
    const headPlan = head?.plan;
    // A base that no longer plans (say, after a rule change) is shown as if the intent were new.
    const basePlan = base?.plan;
    if (headPlan === undefined && basePlan === undefined) return;
    if (headPlan !== undefined) heads.push({ path, plan: headPlan });
    const diff = diffPlans(basePlan ?? absentPlan(headPlan!), headPlan ?? absentPlan(basePlan!), {
      baseLabel: sides.base === undefined ? "(none)" : `${path}@${sides.base.slice(0, 7)}`,
      headLabel: path,
      today,
    });
    reports.push({
      path,
      status:
        sides.base === undefined
          ? "planned"
          : headPlan === undefined
            ? "deleted"
            : basePlan === undefined
              ? "added"
              : "changed",
      diff,
      diagnostics,
      ...(headPlan === undefined ? {} : { diagram: emitMermaid(headPlan.graph) }),
    });
  });
  const shown = reports.filter(
    (r) => r.diff === undefined || !r.diff.empty || r.status !== "changed",
  );

  // Approval gates.
  const api = new GitHubApi({ apiUrl: ctx.apiUrl, token: inputs.githubToken, log });
  const reasons = approvalReasons(
    shown.flatMap((r) => (r.diff ? [{ path: r.path, diff: r.diff }] : [])),
    inputs.requireApproval,
  );
  let approval: ApprovalDecision = { state: "not-needed", reasons };
  let failed = false;
  try {
    if (reasons.length > 0 && ctx.pull !== undefined) {
      const grantedBy = await findApproval(api, ctx.pull, inputs.approvers, inputs.approvedLabel);
      approval =
        grantedBy === undefined
          ? { state: "required", reasons }
          : { state: "granted", reasons, grantedBy };
    } else if (reasons.length > 0) approval = { state: "required", reasons };

    const runUrl =
      env.GITHUB_RUN_ID && ctx.repository
        ? `${ctx.serverUrl}/${ctx.repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const body = renderReport(shown, {
      approval,
      approvers: inputs.approvers,
      approvedLabel: inputs.approvedLabel,
      planned: ctx.pull === undefined,
      ...(runUrl === undefined ? {} : { runUrl }),
    });
    if (ctx.pull !== undefined) {
      const nothing = shown.length === 0;
      const outcome = await postComment(
        api,
        ctx.pull,
        body,
        inputs.comment,
        !(inputs.skipNoDiff && nothing),
        inputs.commentKey,
      );
      log(
        `comment: ${outcome.action}${"id" in outcome ? ` ${outcome.id}` : ""}${outcome.deleted > 0 ? ` (deleted ${outcome.deleted})` : ""}`,
      );
    }
    appendSummary(env, body);
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error;
    fail(
      log,
      diagnostic("IDIO742", {
        file: "action.yml",
        message: `GitHub API: ${error.message}.`,
        hint: "Give the workflow `permissions: pull-requests: write` and `contents: read` (see docs/github-action.md).",
      }),
    );
    failed = true;
  }

  for (const report of reports) annotate(log, report);
  if (inputs.sarifFile !== undefined) writeSarif(inputs.sarifFile, ctx.workspace, heads);

  // Outputs.
  const sum = totals(shown);
  const planFile = join(env.RUNNER_TEMP || tmpdir(), "idio-plan.json");
  writeFileSync(
    planFile,
    heads.length === 1
      ? planToJson(heads[0]!.plan)
      : `${JSON.stringify(Object.fromEntries(heads.map(({ path, plan }) => [path, JSON.parse(planToJson(plan))])), null, 2)}\n`,
  );
  const openFindings = heads.reduce((n, { plan }) => n + (plan.findings?.length ?? 0), 0);
  setOutputs(env, {
    "monthly-cost": (sum.after / 1e6).toFixed(2),
    "cost-delta": (sum.delta / 1e6).toFixed(2),
    findings: String(openFindings),
    "plan-json": planFile,
    approval: approval.state,
  });
  log(
    `monthly cost ${usd(sum.after)} (${signedUsd(sum.delta)}), ${openFindings} open findings, approval ${approval.state}`,
  );

  // Gates: each one that trips says so; any of them fails the step.
  const gate = (message: string) => {
    log(`::error title=IDIO gate::${message}`);
    failed = true;
  };
  if (reports.some((r) => r.status === "error"))
    gate("an intent could not be planned (see the annotations)");
  if (inputs.failOn !== "none") {
    const failOn = inputs.failOn as Severity;
    const tripped = heads
      .flatMap(({ plan }) => plan.findings ?? [])
      .filter((f) => atLeast(f.severity, failOn));
    if (tripped.length > 0) gate(`${tripped.length} open findings at or above ${failOn}`);
  }
  if (inputs.failOnBudget) {
    const over = heads.filter(({ plan }) =>
      ["over-budget", "unknown"].includes(plan.cost?.budget?.status ?? ""),
    );
    if (over.length > 0) gate(`over budget or unpriced: ${over.map((h) => h.path).join(", ")}`);
  }
  if (inputs.maxCostIncreasePercent !== undefined) {
    const limit = inputs.maxCostIncreasePercent;
    const over = shown.filter((r) => (r.diff?.cost.deltaPercent ?? 0) > limit);
    if (over.length > 0)
      gate(`monthly cost rises more than ${limit}% in ${over.map((r) => r.path).join(", ")}`);
  }
  if (approval.state === "required")
    gate(
      `approval required (${approval.reasons.map((r) => r.condition).join(", ")}): an approving review from ${inputs.approvers.join(", ") || "an approver"} or the label ${inputs.approvedLabel}`,
    );
  if (failed) process.exitCode = 1;
}
