import type { PlanDiff } from "@idio-iac/cli/diff";
import type { GitHubApi } from "./github-api.js";
import type { ApprovalCondition } from "./inputs.js";

export type ApprovalState = "not-needed" | "granted" | "required";

export interface ApprovalDecision {
  readonly state: ApprovalState;
  /** Each condition the change hits, with the intents that hit it. */
  readonly reasons: readonly {
    readonly condition: ApprovalCondition;
    readonly intents: readonly string[];
  }[];
  /** Who approved (a reviewer's login, or `label <name>`), when granted. */
  readonly grantedBy?: string;
}

const WHY: Readonly<Record<ApprovalCondition, (diff: PlanDiff) => boolean>> = {
  production: (diff) => diff.head.environment === "production" && !diff.empty,
  "cost-increase": (diff) => diff.cost.total.deltaMicros > 0,
  "new-findings": (diff) => diff.findings.new.length > 0,
  waivers: (diff) => diff.waivers.added.length > 0 || diff.waivers.expired.length > 0,
};

/** Which `require-approval` conditions the change hits, per condition in the order given. */
export function approvalReasons(
  diffs: readonly { readonly path: string; readonly diff: PlanDiff }[],
  conditions: readonly ApprovalCondition[],
): ApprovalDecision["reasons"] {
  return conditions
    .map((condition) => ({
      condition,
      intents: diffs.filter(({ diff }) => WHY[condition](diff)).map(({ path }) => path),
    }))
    .filter((reason) => reason.intents.length > 0);
}

interface Review {
  readonly user?: { readonly login?: string } | null;
  readonly state?: string;
  readonly commit_id?: string;
}

/**
 * Whether an approver approved: the label is on the pull request, or a listed
 * user (or a member of a listed `org/team`) has an approving review as their
 * latest decisive review. Team membership needs a token that may read the org.
 */
export async function findApproval(
  api: GitHubApi,
  pull: { owner: string; repo: string; number: number },
  approvers: readonly string[],
  label: string,
): Promise<string | undefined> {
  const repo = `/repos/${encodeURIComponent(pull.owner)}/${encodeURIComponent(pull.repo)}`;
  const labels = await api.paginate<{ name?: string }>(`${repo}/issues/${pull.number}/labels`);
  if (labels.some((l) => l.name === label)) return `label ${label}`;
  if (approvers.length === 0) return undefined;

  // A later "changes requested" or a dismissal cancels an approval; comments do not.
  const latest = new Map<string, string>();
  for (const review of await api.paginate<Review>(`${repo}/pulls/${pull.number}/reviews`)) {
    const login = review.user?.login;
    if (login && review.state && review.state !== "COMMENTED" && review.state !== "PENDING")
      latest.set(login.toLowerCase(), review.state);
  }
  const approved = [...latest].filter(([, state]) => state === "APPROVED").map(([login]) => login);
  const users = new Set(approvers.filter((a) => !a.includes("/")).map((a) => a.toLowerCase()));
  const direct = approved.find((login) => users.has(login));
  if (direct) return direct;
  for (const team of approvers.filter((a) => a.includes("/"))) {
    const [org = "", slug = ""] = team.split("/");
    for (const login of approved) {
      try {
        const membership = await api.request<{ state?: string }>(
          "GET",
          `/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(slug)}/memberships/${encodeURIComponent(login)}`,
        );
        if (membership.body.state === "active") return `${login} (${team})`;
      } catch {
        // 404: not a member (or the token cannot see the team)
      }
    }
  }
  return undefined;
}
