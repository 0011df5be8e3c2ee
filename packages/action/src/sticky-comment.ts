import { GitHubApiError, type GitHubApi } from "./github-api.js";
import type { CommentMode } from "./inputs.js";

/** The hidden marker that finds the Action's comment again (GitHub does not render HTML comments). */
export const MARKER = "<!-- idio-action:comment -->";

/** The marker of one comment-key's comment (matrix shards each keep their own). */
export function markerFor(key: string): string {
  return key === "" ? MARKER : `<!-- idio-action:comment:${key} -->`;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string | null;
}

export type CommentOutcome =
  | { readonly action: "created" | "updated"; readonly id: number; readonly deleted: number }
  | { readonly action: "none"; readonly deleted: number };

/**
 * Posts the report as one pull-request comment. `update` edits the comment
 * holding the marker (every page of comments is searched) or creates it;
 * `new` always adds one; `delete-and-new` deletes every marked comment, then
 * adds one at the bottom of the conversation; `off` posts nothing. A marked
 * comment deleted meanwhile (404 on edit) is created again.
 */
export async function postComment(
  api: GitHubApi,
  pull: { owner: string; repo: string; number: number },
  body: string,
  mode: CommentMode,
  /** False with skip-no-diff and nothing to report: only an existing comment is brought up to date. */
  createIfMissing = true,
  key = "",
): Promise<CommentOutcome> {
  const marker = markerFor(key);
  if (mode === "off") return { action: "none", deleted: 0 };
  if (!createIfMissing && mode !== "update") return { action: "none", deleted: 0 };
  const repo = `/repos/${encodeURIComponent(pull.owner)}/${encodeURIComponent(pull.repo)}`;
  const text = `${marker}\n${body}`;
  const create = async (deleted: number): Promise<CommentOutcome> => {
    const created = await api.request<IssueComment>(
      "POST",
      `${repo}/issues/${pull.number}/comments`,
      {
        body: text,
      },
    );
    return { action: "created", id: created.body.id, deleted };
  };
  if (mode === "new") return create(0);

  const marked = (
    await api.paginate<IssueComment>(`${repo}/issues/${pull.number}/comments`)
  ).filter((comment) => (comment.body ?? "").includes(marker));
  if (mode === "delete-and-new") {
    for (const comment of marked) {
      try {
        await api.request("DELETE", `${repo}/issues/comments/${comment.id}`);
      } catch (error) {
        if (!(error instanceof GitHubApiError && error.status === 404)) throw error;
      }
    }
    return create(marked.length);
  }
  // update: the oldest marked comment keeps its place in the conversation.
  const existing = marked[0];
  if (existing === undefined) return createIfMissing ? create(0) : { action: "none", deleted: 0 };
  try {
    await api.request("PATCH", `${repo}/issues/comments/${existing.id}`, { body: text });
    return { action: "updated", id: existing.id, deleted: 0 };
  } catch (error) {
    if (error instanceof GitHubApiError && error.status === 404)
      return createIfMissing ? create(0) : { action: "none", deleted: 0 };
    throw error;
  }
}
