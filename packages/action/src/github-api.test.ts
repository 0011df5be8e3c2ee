import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitHubApi, GitHubApiError, rateLimitWait } from "./github-api.js";
import { FakeGitHub, primaryRateLimit, secondaryRateLimit } from "./test-support/fake-github.js";

const headers = (values: Record<string, string>) => new Headers(values);

describe("rateLimitWait", () => {
  it("waits as retry-after says, or until x-ratelimit-reset when the quota is spent", () => {
    expect(rateLimitWait(429, headers({ "retry-after": "7" }), 1000)).toBe(7);
    expect(
      rateLimitWait(
        403,
        headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1030" }),
        1000.5,
      ),
    ).toBe(30);
    expect(
      rateLimitWait(
        403,
        headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "900" }),
        1000,
      ),
    ).toBe(0);
  });

  it("does not retry a 403 that is a permission problem, or other statuses", () => {
    expect(rateLimitWait(403, headers({ "x-ratelimit-remaining": "4999" }), 0)).toBeUndefined();
    expect(rateLimitWait(404, headers({ "retry-after": "1" }), 0)).toBeUndefined();
    expect(rateLimitWait(429, headers({}), 0)).toBe(60);
  });
});

describe("GitHubApi against the loopback fake", () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await new FakeGitHub().start();
  });
  afterEach(async () => {
    await github.stop();
  });

  it("retries after the wait GitHub asks for, and gives up after maxRetries", async () => {
    const waits: number[] = [];
    const api = new GitHubApi({
      apiUrl: github.url,
      token: "t",
      sleep: async (ms) => void waits.push(ms),
      now: () => 0,
    });
    for (let i = 0; i < 4; i++)
      github.injected.push({ method: "GET", path: /labels$/, ...secondaryRateLimit(2) });
    await expect(api.paginate("/repos/octo-org/shop/issues/7/labels")).rejects.toThrow(
      "GET /repos/octo-org/shop/issues/7/labels?per_page=100 failed: 429 You have exceeded a secondary rate limit.",
    );
    expect(waits).toEqual([2000, 2000, 2000]);
    github.injected.splice(0);
    github.injected.push({ method: "GET", path: /labels$/, ...primaryRateLimit(5) });
    github.labels.push("x");
    expect(
      await api.paginate<{ name: string }>("/repos/octo-org/shop/issues/7/labels"),
    ).toMatchObject([{ name: "x" }]);
    expect(waits).toEqual([2000, 2000, 2000, 5000]);
  });

  it("refuses a wait longer than maxWaitSeconds instead of hanging the job", async () => {
    const api = new GitHubApi({
      apiUrl: github.url,
      token: "t",
      maxWaitSeconds: 10,
      sleep: async () => {},
    });
    github.injected.push({ method: "GET", path: /labels$/, ...secondaryRateLimit(3600) });
    await expect(api.request("GET", "/repos/octo-org/shop/issues/7/labels")).rejects.toBeInstanceOf(
      GitHubApiError,
    );
  });

  it("never sends the token outside GITHUB_API_URL (a Link header naming another host)", async () => {
    const api = new GitHubApi({ apiUrl: github.url, token: "secret" });
    await expect(api.request("GET", "https://evil.example/steal")).rejects.toThrow(
      "URL outside GITHUB_API_URL",
    );
    expect(github.requests).toEqual([]);
  });
});
