import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback fake of the GitHub REST API endpoints the Action calls. The
 * response bodies and headers are not recordings: they are written from
 * GitHub's documented REST shapes (docs.github.com/rest and the OpenAPI
 * description in github/rest-api-description, API version 2022-11-28), with
 * made-up ids and URLs pointing at this server: issue comments list/create/
 * update/delete with Link pagination, pull-request reviews, issue labels, team
 * membership, and rate-limit replies (403 with x-ratelimit-* and 429 with
 * retry-after). Every request is recorded (`requests`).
 */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly authorization?: string;
}

interface Comment {
  id: number;
  body: string;
  login: string;
}

export interface InjectedReply {
  readonly method: string;
  /** Matches the request path (no query). */
  readonly path: RegExp;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: unknown;
}

const OWNER = "octo-org";
const REPO = "shop";

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments: Comment[] = [];
  readonly reviews: { login: string; state: string }[] = [];
  readonly labels: string[] = [];
  /** `org/team` -> logins. */
  readonly teams = new Map<string, string[]>();
  /** Replies served (once each) before the normal handling of a matching request. */
  readonly injected: InjectedReply[] = [];
  private nextId = 1_000_000;
  private server?: Server;
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addComment(body: string, login = "someone"): number {
    const id = this.nextId++;
    this.comments.push({ id, body, login });
    return id;
  }

  /** Requests other than the rate-limit retries' first tries, as `METHOD path`. */
  calls(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path}`);
  }

  private commentJson(c: Comment) {
    return {
      url: `${this.url}/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/7#issuecomment-${c.id}`,
      issue_url: `${this.url}/repos/${OWNER}/${REPO}/issues/7`,
      id: c.id,
      node_id: `IC_kwDOAbCdEf${c.id}`,
      user: user(c.login),
      created_at: "2026-11-20T10:00:00Z",
      updated_at: "2026-11-20T10:00:00Z",
      author_association: c.login === "github-actions[bot]" ? "NONE" : "MEMBER",
      body: c.body,
      reactions: {
        url: `${this.url}/repos/${OWNER}/${REPO}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        "+1": 0,
        "-1": 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    let text = "";
    for await (const chunk of req) text += String(chunk);
    const body = text === "" ? undefined : (JSON.parse(text) as unknown);
    this.requests.push({
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      ...(body === undefined ? {} : { body }),
      ...(req.headers.authorization === undefined
        ? {}
        : { authorization: req.headers.authorization }),
    });
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-github-api-version-selected": "2022-11-28",
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "4999",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
        "x-ratelimit-resource": "core",
        ...headers,
      });
      res.end(json === undefined ? "" : JSON.stringify(json));
    };
    const injected = this.injected.findIndex(
      (i) => i.method === req.method && i.path.test(url.pathname),
    );
    if (injected >= 0) {
      const [hit] = this.injected.splice(injected, 1);
      return reply(hit!.status, hit!.body, { ...hit!.headers });
    }
    const base = `/repos/${OWNER}/${REPO}`;
    const notFound = () =>
      reply(404, {
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest",
        status: "404",
      });
    const page = <T>(items: readonly T[]) => {
      const perPage = Math.min(100, Number(url.searchParams.get("per_page") ?? 30));
      const number = Number(url.searchParams.get("page") ?? 1);
      const last = Math.max(1, Math.ceil(items.length / perPage));
      const link = (p: number, rel: string) => {
        const next = new URL(url);
        next.searchParams.set("page", String(p));
        return `<${next.href}>; rel="${rel}"`;
      };
      const links = [];
      if (number > 1) links.push(link(number - 1, "prev"), link(1, "first"));
      if (number < last) links.push(link(number + 1, "next"), link(last, "last"));
      reply(
        200,
        items.slice((number - 1) * perPage, number * perPage),
        links.length ? { link: links.join(", ") } : {},
      );
    };

    const commentId = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (url.pathname === `${base}/issues/7/comments` && req.method === "GET")
      return page(this.comments.map((c) => this.commentJson(c)));
    if (url.pathname === `${base}/issues/7/comments` && req.method === "POST") {
      const id = this.addComment((body as { body: string }).body, "github-actions[bot]");
      return reply(201, this.commentJson(this.comments.find((c) => c.id === id)!), {
        location: `${this.url}${base}/issues/comments/${id}`,
      });
    }
    if (commentId) {
      const index = this.comments.findIndex((c) => c.id === Number(commentId[1]));
      if (index < 0) return notFound();
      if (req.method === "PATCH") {
        this.comments[index]!.body = (body as { body: string }).body;
        return reply(200, this.commentJson(this.comments[index]!));
      }
      if (req.method === "DELETE") {
        this.comments.splice(index, 1);
        res.writeHead(204).end();
        return;
      }
    }
    if (url.pathname === `${base}/pulls/7/reviews` && req.method === "GET")
      return page(
        this.reviews.map((r, i) => ({
          id: 80 + i,
          node_id: `PRR_kwDOAbCdEf${80 + i}`,
          user: user(r.login),
          body: "",
          state: r.state,
          html_url: `https://github.com/${OWNER}/${REPO}/pull/7#pullrequestreview-${80 + i}`,
          pull_request_url: `${this.url}${base}/pulls/7`,
          author_association: "MEMBER",
          _links: {
            html: {
              href: `https://github.com/${OWNER}/${REPO}/pull/7#pullrequestreview-${80 + i}`,
            },
            pull_request: { href: `${this.url}${base}/pulls/7` },
          },
          submitted_at: "2026-11-20T11:00:00Z",
          commit_id: "ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091",
        })),
      );
    if (url.pathname === `${base}/issues/7/labels` && req.method === "GET")
      return page(
        this.labels.map((name, i) => ({
          id: 208045946 + i,
          node_id: `MDU6TGFiZWwyMDgwNDU5NDY${i}`,
          url: `${this.url}${base}/labels/${encodeURIComponent(name)}`,
          name,
          description: null,
          color: "0e8a16",
          default: false,
        })),
      );
    const membership = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(url.pathname);
    if (membership && req.method === "GET") {
      const members = this.teams.get(`${membership[1]}/${membership[2]}`) ?? [];
      if (!members.includes(membership[3]!)) return notFound();
      return reply(200, {
        url: `${this.url}${url.pathname}`,
        role: "member",
        state: "active",
      });
    }
    notFound();
  }
}

/** A `simple-user` with every field the schema requires (github-actions[bot] has its real id). */
function user(login: string) {
  const bot = login.endsWith("[bot]");
  const id = login === "github-actions[bot]" ? 41898282 : 583231;
  const type = bot ? "Bot" : "User";
  const api = `https://api.github.com/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    // Legacy global node id: base64 of "<type-tag>:<Type><id>" (04 users, 03 bots).
    node_id: Buffer.from(`${bot ? "03" : "04"}:${type}${id}`).toString("base64"),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: "",
    url: api,
    html_url: bot
      ? `https://github.com/apps/${login.slice(0, -"[bot]".length)}`
      : `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}

/** GitHub's primary rate-limit reply (quota spent until x-ratelimit-reset). */
export function primaryRateLimit(
  resetEpochSeconds: number,
): Omit<InjectedReply, "method" | "path"> {
  return {
    status: 403,
    headers: {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-used": "5000",
      "x-ratelimit-reset": String(resetEpochSeconds),
      "x-ratelimit-resource": "core",
    },
    body: {
      message: "API rate limit exceeded for installation ID 4242.",
      documentation_url:
        "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits",
      status: "403",
    },
  };
}

/** GitHub's secondary rate-limit reply, with the wait in retry-after. */
export function secondaryRateLimit(
  retryAfterSeconds: number,
): Omit<InjectedReply, "method" | "path"> {
  return {
    status: 429,
    headers: { "retry-after": String(retryAfterSeconds) },
    body: {
      message:
        "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABCD:1234:5678.",
      documentation_url:
        "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      status: "429",
    },
  };
}

export const FAKE_REPO = { owner: OWNER, repo: REPO, number: 7 };
