import { diagnostic, type Diagnostic } from "@idio-iac/core";

export const COMMENT_MODES = ["update", "new", "delete-and-new", "off"] as const;
export const FAIL_ON = ["critical", "high", "medium", "low", "none"] as const;
export const APPROVAL_CONDITIONS = [
  "production",
  "cost-increase",
  "new-findings",
  "waivers",
] as const;

export type CommentMode = (typeof COMMENT_MODES)[number];
export type ApprovalCondition = (typeof APPROVAL_CONDITIONS)[number];

export interface ActionInputs {
  /** Glob patterns of intent files, relative to the repository root. */
  readonly intents: readonly string[];
  readonly githubToken: string;
  readonly comment: CommentMode;
  /** Tells this job's comment from others' (a matrix shard per key); empty for the one comment. */
  readonly commentKey: string;
  readonly skipNoDiff: boolean;
  readonly failOn: (typeof FAIL_ON)[number];
  readonly failOnBudget: boolean;
  /** Fail when an intent's monthly cost rises by more than this percentage. */
  readonly maxCostIncreasePercent?: number;
  readonly requireApproval: readonly ApprovalCondition[];
  /** Users (`octocat`) and teams (`org/team`) whose approving review counts. */
  readonly approvers: readonly string[];
  readonly approvedLabel: string;
  readonly sarifFile?: string;
  /** Planning workers; default the runner's cores. */
  readonly parallelism?: number;
}

/** The runner passes input `foo-bar` as `INPUT_FOO-BAR` (spaces become `_`, hyphens stay). */
function raw(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}

/** Comma- or newline-separated values, blanks dropped. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/**
 * Reads and checks every input (defaults as action.yml declares them, so the
 * bundle behaves the same when run without the runner filling defaults in).
 * Every problem is an IDIO741 diagnostic naming the input and what it accepts.
 */
export function readInputs(env: NodeJS.ProcessEnv): {
  inputs?: ActionInputs;
  problems: Diagnostic[];
} {
  const problems: Diagnostic[] = [];
  const bad = (name: string, value: string, allowed: string) =>
    problems.push(
      diagnostic("IDIO741", {
        file: "action.yml",
        message: `Input ${name} is ${JSON.stringify(value)}, which the IDIO Action does not accept.`,
        hint: `Use ${allowed}.`,
      }),
    );
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = raw(env, name) || fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    bad(name, value, allowed.join(", "));
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    const value = raw(env, name).toLowerCase();
    if (value === "") return fallback;
    if (value === "true" || value === "false") return value === "true";
    bad(name, value, "true or false");
    return fallback;
  };
  const number = (name: string, min: number): number | undefined => {
    const value = raw(env, name);
    if (value === "") return undefined;
    const parsed = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isFinite(parsed) && parsed >= min) return parsed;
    bad(name, value, `a number of at least ${min}`);
    return undefined;
  };

  const requireApproval = list(raw(env, "require-approval"));
  for (const condition of requireApproval)
    if (!(APPROVAL_CONDITIONS as readonly string[]).includes(condition))
      bad("require-approval", condition, APPROVAL_CONDITIONS.join(", "));
  const commentKey = raw(env, "comment-key");
  if (!/^[A-Za-z0-9._-]{0,64}$/.test(commentKey))
    bad("comment-key", commentKey, "up to 64 letters, digits, dots, hyphens or underscores");
  const parallelism = number("parallelism", 1);
  const maxIncrease = number("max-cost-increase-percent", 0);
  const inputs: ActionInputs = {
    intents: list(raw(env, "intents") || "**/intent.yaml"),
    githubToken: raw(env, "github-token"),
    comment: choice("comment", COMMENT_MODES, "update"),
    commentKey,
    skipNoDiff: flag("skip-no-diff", false),
    failOn: choice("fail-on", FAIL_ON, "none"),
    failOnBudget: flag("fail-on-budget", false),
    ...(maxIncrease === undefined ? {} : { maxCostIncreasePercent: maxIncrease }),
    requireApproval: requireApproval as ApprovalCondition[],
    approvers: list(raw(env, "approvers")).map((name) => name.replace(/^@/, "")),
    approvedLabel: raw(env, "approved-label") || "idio-approved",
    ...(raw(env, "sarif-file") === "" ? {} : { sarifFile: raw(env, "sarif-file") }),
    ...(parallelism === undefined ? {} : { parallelism: Math.floor(parallelism) }),
  };
  return problems.length === 0 ? { inputs, problems } : { problems };
}
