import { readFileSync } from "node:fs";

export interface PullRequestContext {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly baseSha: string;
  readonly headSha: string;
  /** The event's label names (re-read from the API before an approval decision). */
  readonly labels: readonly string[];
}

export interface RunContext {
  readonly eventName: string;
  readonly workspace: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly repository: string;
  /** The head commit (GITHUB_SHA) for runs outside a pull request. */
  readonly sha: string;
  readonly pull?: PullRequestContext;
}

/**
 * The run as the runner describes it: GITHUB_* variables and the event file.
 * Only ids and numbers are taken from the event; titles, bodies and branch
 * names are never read, so no pull-request text reaches a command.
 */
export function readContext(env: NodeJS.ProcessEnv): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = repository.split("/");
  let event: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8")) as Record<string, unknown>;
    } catch {
      event = {};
    }
  }
  const pr = event.pull_request as
    | {
        number?: unknown;
        base?: { sha?: unknown };
        head?: { sha?: unknown };
        labels?: { name?: unknown }[];
      }
    | undefined;
  const base = {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    repository,
    sha: env.GITHUB_SHA ?? "",
  };
  if (
    pr === undefined ||
    typeof pr.number !== "number" ||
    typeof pr.base?.sha !== "string" ||
    typeof pr.head?.sha !== "string"
  )
    return base;
  return {
    ...base,
    pull: {
      owner,
      repo,
      number: pr.number,
      baseSha: pr.base.sha,
      headSha: pr.head.sha,
      labels: (pr.labels ?? [])
        .map((l) => l.name)
        .filter((n): n is string => typeof n === "string"),
    },
  };
}
