/** A GitHub REST API failure the Action reports as IDIO742. */
export class GitHubApiError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    detail: string,
  ) {
    super(`${method} ${path} failed: ${status} ${detail}`);
  }
}

export interface GitHubApiOptions {
  readonly apiUrl: string;
  readonly token: string;
  /** Retries after a rate-limit reply (403/429 with retry-after or an exhausted quota). Default 3. */
  readonly maxRetries?: number;
  /** Longest wait before a retry, in seconds; a longer requested wait fails instead. Default 60. */
  readonly maxWaitSeconds?: number;
  /** How waiting is done (tests keep the real clock). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Epoch seconds now, for x-ratelimit-reset. */
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

export interface ApiResponse<T> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Seconds to wait before retrying a rate-limited reply, or undefined when it is not one. */
export function rateLimitWait(status: number, headers: Headers, now: number): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null && /^\d+$/.test(retryAfter.trim())) return Number(retryAfter.trim());
  if (headers.get("x-ratelimit-remaining") === "0") {
    const reset = Number(headers.get("x-ratelimit-reset"));
    if (Number.isFinite(reset)) return Math.max(0, Math.ceil(reset - now));
  }
  // GitHub's secondary limits without headers: wait a minute (capped by maxWaitSeconds).
  return status === 429 ? 60 : undefined;
}

/**
 * The few REST calls the Action makes, with plain fetch against GITHUB_API_URL
 * (GitHub Enterprise and a loopback fake work alike). Rate-limit replies are
 * retried after the wait GitHub asks for; other failures throw GitHubApiError.
 */
export class GitHubApi {
  private readonly maxRetries: number;
  private readonly maxWaitSeconds: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(private readonly options: GitHubApiOptions) {
    this.maxRetries = options.maxRetries ?? 3;
    this.maxWaitSeconds = options.maxWaitSeconds ?? 60;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? (() => Date.now() / 1000);
  }

  async request<T>(method: string, pathOrUrl: string, body?: unknown): Promise<ApiResponse<T>> {
    const url = pathOrUrl.startsWith("http") ? pathOrUrl : `${this.options.apiUrl}${pathOrUrl}`;
    // The token only ever goes to the API it is for (a Link header could name another host).
    if (!url.startsWith(`${this.options.apiUrl}/`))
      throw new GitHubApiError(method, pathOrUrl, 0, "URL outside GITHUB_API_URL");
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "idio-action",
          ...(this.options.token === "" ? {} : { authorization: `Bearer ${this.options.token}` }),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (response.ok) {
        return {
          status: response.status,
          body: (text === "" ? undefined : JSON.parse(text)) as T,
          headers: response.headers,
        };
      }
      const wait = rateLimitWait(response.status, response.headers, this.now());
      if (wait !== undefined && attempt < this.maxRetries && wait <= this.maxWaitSeconds) {
        this.options.log?.(`GitHub rate limit on ${method} ${pathOrUrl}: retrying in ${wait} s`);
        await this.sleep(wait * 1000);
        continue;
      }
      let detail = response.statusText;
      try {
        detail = (JSON.parse(text) as { message?: string }).message ?? detail;
      } catch {
        // not JSON: keep the status text
      }
      throw new GitHubApiError(method, pathOrUrl, response.status, detail);
    }
  }

  /** Every item of a list endpoint, following `Link: <…>; rel="next"` (GitHub caps pages at 100). */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let next: string | undefined = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
    // A bound in case a server links pages in a circle.
    for (let page = 0; next !== undefined && page < 1000; page++) {
      const response: ApiResponse<T[]> = await this.request<T[]>("GET", next);
      items.push(...response.body);
      next = nextLink(response.headers.get("link"));
    }
    return items;
  }
}

function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match) return match[1];
  }
  return undefined;
}
