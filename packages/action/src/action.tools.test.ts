import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  FAKE_REPO,
  FakeGitHub,
  primaryRateLimit,
  secondaryRateLimit,
} from "./test-support/fake-github.js";
import {
  pullRequestRepo,
  runBundle,
  type PullRequestRepo,
} from "./test-support/pull-request-repo.js";
import { MARKER } from "./sticky-comment.js";

/**
 * The committed bundle run as a runner runs it (`node packages/action/bundle/index.mjs`
 * with INPUT_* variables and a GITHUB_EVENT_PATH event file) against a loopback
 * fake of the GitHub REST API that records every request.
 */
const COMMENTS = `/repos/${FAKE_REPO.owner}/${FAKE_REPO.repo}/issues/${FAKE_REPO.number}/comments`;

let github: FakeGitHub;
let repo: PullRequestRepo;
beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = pullRequestRepo();
});
afterEach(async () => {
  await github.stop();
});

describe("the Action on a pull request", () => {
  it("creates one comment, then updates it in place; writes outputs, summary, annotations", async () => {
    const first = await runBundle(repo, github.url);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(github.calls()).toEqual([`GET ${COMMENTS}`, `POST ${COMMENTS}`]);
    expect(github.requests[1]!.authorization).toBe("Bearer ghs_faketoken");
    expect(github.comments).toHaveLength(1);
    const body = github.comments[0]!.body;
    expect(body.startsWith(`${MARKER}\n## IDIO: 2 intents changed`)).toBe(true);
    // Table of contents, one section per changed intent (sorted), the untouched one absent.
    expect(body).toContain("| [apps/site/intent.yaml](#appssiteintentyaml-added) |");
    expect(body).toContain("### apps/taskly/intent.yaml (changed)");
    expect(body).not.toContain("apps/same");
    expect(body).toMatch(/`\$\.props\.memorySize` `512` → `1024`/);
    expect(body).toContain("```mermaid\nflowchart");
    expect(first.outputs.approval).toBe("not-needed");
    expect(first.outputs.findings).toBe("0");
    expect(Number(first.outputs["monthly-cost"])).toBeGreaterThan(
      Number(first.outputs["cost-delta"]),
    );
    expect(JSON.parse(readFileSync(first.outputs["plan-json"]!, "utf8"))).toHaveProperty([
      "apps/taskly/intent.yaml",
      "graph",
    ]);
    expect(first.summary).toBe(body.slice(MARKER.length + 1));
    // Nothing from the pull request's title, branch or commit message ran in a shell.
    expect(readdirSync(repo.dir).filter((f) => f.startsWith("pwned"))).toEqual([]);

    const id = github.comments[0]!.id;
    const second = await runBundle(repo, github.url);
    expect(second.code).toBe(0);
    expect(github.calls().slice(2)).toEqual([
      `GET ${COMMENTS}`,
      `PATCH /repos/octo-org/shop/issues/comments/${id}`,
    ]);
    expect(github.comments.map((c) => c.id)).toEqual([id]);
    expect(second.stdout).toContain(`comment: updated ${id}`);
  });

  it("finds its comment on the second page of more than 100", async () => {
    for (let i = 0; i < 130; i++) github.addComment(`comment ${i}`);
    const ours = github.addComment(`${MARKER}\nold report`, "github-actions[bot]");
    for (let i = 0; i < 5; i++) github.addComment(`later ${i}`);
    const run = await runBundle(repo, github.url);
    expect(run.code).toBe(0);
    expect(github.requests.map((r) => [r.method, r.query.page ?? "1"])).toEqual([
      ["GET", "1"],
      ["GET", "2"],
      ["PATCH", "1"],
    ]);
    expect(github.requests[2]!.path).toBe(`/repos/octo-org/shop/issues/comments/${ours}`);
    expect(github.comments).toHaveLength(136);
  });

  it("creates the comment again when it was deleted, or when the edit finds it gone", async () => {
    const gone = github.addComment(`${MARKER}\nold`, "github-actions[bot]");
    github.injected.push({
      method: "PATCH",
      path: new RegExp(`/issues/comments/${gone}$`),
      status: 404,
      body: {
        message: "Not Found",
        documentation_url: "https://docs.github.com/rest",
        status: "404",
      },
    });
    const run = await runBundle(repo, github.url);
    expect(run.code).toBe(0);
    expect(github.calls().map((c) => c.split(" ")[0])).toEqual(["GET", "PATCH", "POST"]);
    expect(github.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(2);
  });

  it("delete-and-new deletes every marked comment and adds one; off posts nothing", async () => {
    const a = github.addComment(`${MARKER}\nA`, "github-actions[bot]");
    github.addComment("a person's comment");
    const b = github.addComment(`${MARKER}\nB`, "github-actions[bot]");
    const run = await runBundle(repo, github.url, { comment: "delete-and-new" });
    expect(run.code).toBe(0);
    expect(github.calls()).toEqual([
      `GET ${COMMENTS}`,
      `DELETE /repos/octo-org/shop/issues/comments/${a}`,
      `DELETE /repos/octo-org/shop/issues/comments/${b}`,
      `POST ${COMMENTS}`,
    ]);
    expect(github.comments.map((c) => c.body.slice(0, 10))).toEqual([
      "a person's",
      MARKER.slice(0, 10),
    ]);

    const before = github.requests.length;
    const off = await runBundle(repo, github.url, { comment: "off" });
    expect(off.code).toBe(0);
    expect(github.requests.length).toBe(before);
    expect(off.summary).toContain("## IDIO: 2 intents changed");
  });

  it("keeps one comment per comment-key, and skip-no-diff posts none when nothing changed", async () => {
    await runBundle(repo, github.url, { "comment-key": "shard-a" });
    await runBundle(repo, github.url, { "comment-key": "shard-b" });
    await runBundle(repo, github.url, { "comment-key": "shard-a" });
    expect(github.comments.map((c) => c.body.split("\n")[0])).toEqual([
      "<!-- idio-action:comment:shard-a -->",
      "<!-- idio-action:comment:shard-b -->",
    ]);
    const unchanged = await runBundle(repo, github.url, {
      intents: "apps/same/intent.yaml",
      "skip-no-diff": "true",
    });
    expect(unchanged.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    expect(unchanged.summary).toContain("No intent changed in this pull request.");
  });

  it("fails the approval gate until an approver reviews, then passes", async () => {
    const inputs = {
      "require-approval": "cost-increase, waivers",
      approvers: "alice, octo-org/platform",
    };
    const blocked = await runBundle(repo, github.url, inputs);
    expect(blocked.code).toBe(1);
    expect(blocked.outputs.approval).toBe("required");
    expect(blocked.stdout).toContain(
      "::error title=IDIO gate::approval required (cost-increase): an approving review from alice, octo-org/platform or the label idio-approved",
    );
    expect(github.comments[0]!.body).toContain(
      "**Approval required** before this change can merge:",
    );
    expect(github.comments[0]!.body).toContain(
      "- **cost-increase**: `apps/site/intent.yaml`, `apps/taskly/intent.yaml`",
    );

    // A review from someone else, or a comment, does not count; bob's team membership does.
    github.reviews.push(
      { login: "mallory", state: "APPROVED" },
      { login: "bob", state: "COMMENTED" },
    );
    expect((await runBundle(repo, github.url, inputs)).code).toBe(1);
    github.reviews.push({ login: "bob", state: "APPROVED" });
    github.teams.set("octo-org/platform", ["bob"]);
    const approved = await runBundle(repo, github.url, inputs);
    expect(approved.code).toBe(0);
    expect(approved.outputs.approval).toBe("granted");
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain("Approval granted by bob (octo-org/platform) for:");
    // A later request for changes withdraws it.
    github.reviews.push({ login: "bob", state: "CHANGES_REQUESTED" });
    expect((await runBundle(repo, github.url, inputs)).outputs.approval).toBe("required");
    // The label grants it too.
    github.labels.push("idio-approved");
    const labelled = await runBundle(repo, github.url, inputs);
    expect([labelled.code, labelled.outputs.approval]).toEqual([0, "granted"]);
  });

  it("retries rate-limit replies: 429 with retry-after, 403 with an exhausted quota", async () => {
    github.injected.push(
      { method: "GET", path: /\/comments$/, ...secondaryRateLimit(1) },
      {
        method: "POST",
        path: /\/comments$/,
        ...primaryRateLimit(Math.floor(Date.now() / 1000) - 1),
      },
    );
    const run = await runBundle(repo, github.url);
    expect(run.code).toBe(0);
    expect(github.calls()).toEqual([
      `GET ${COMMENTS}`,
      `GET ${COMMENTS}`,
      `POST ${COMMENTS}`,
      `POST ${COMMENTS}`,
    ]);
    expect(run.stdout).toContain(
      `GitHub rate limit on GET ${COMMENTS}?per_page=100: retrying in 1 s`,
    );
    expect(github.comments).toHaveLength(1);
  });

  it("reports a permission failure as IDIO742 and fails", async () => {
    github.injected.push({
      method: "POST",
      path: /\/comments$/,
      status: 403,
      body: {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      },
    });
    const run = await runBundle(repo, github.url);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error file=action.yml,title=IDIO742::GitHub API: POST ${COMMENTS} failed: 403 Resource not accessible by integration.`,
    );
  });

  it("on a push, plans every matching intent at GITHUB_SHA and posts no comment", async () => {
    const event = join(repo.dir, "..", "push-event.json");
    writeFileSync(event, JSON.stringify({ ref: "refs/heads/feature", after: repo.headSha }));
    const run = await runBundle(
      repo,
      github.url,
      {},
      {
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: event,
        GITHUB_SHA: repo.headSha,
      },
    );
    expect(run.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(run.summary).toMatch(/^## IDIO: 3 intents planned\n/);
    expect(run.summary).toContain("| [apps/same/intent.yaml](#appssameintentyaml-planned) |");
    expect(run.outputs.approval).toBe("not-needed");
  });

  it("refuses bad inputs with IDIO741 before any request", async () => {
    const run = await runBundle(repo, github.url, { comment: "sometimes", "fail-on": "severe" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error file=action.yml,title=IDIO741::Input comment is "sometimes", which the IDIO Action does not accept. Use update, new, delete-and-new, off.',
    );
    expect(run.stdout).toContain('Input fail-on is "severe"');
    expect(github.requests).toEqual([]);
  });

  it("gates on cost, annotates findings at intent lines, writes SARIF; plans in two workers alike", async () => {
    const gated = pullRequestRepo({
      headTaskly: (text) =>
        `${text.replace("dataSizeGb: 20", "dataSizeGb: 200")}\nsecurity:\n  encryptionAtRest: false\n`,
    });
    const inputs = {
      "max-cost-increase-percent": "50",
      "fail-on": "medium",
      "sarif-file": "out/idio.sarif",
      parallelism: "2",
    };
    const run = await runBundle(gated, github.url, inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("planning 3 versions of 2 intents with 2 workers");
    expect(run.stdout).toMatch(
      /::warning file=apps\/taskly\/intent\.yaml,line=\d+,col=\d+,title=IDIO-SNS-001 \(medium\)::/,
    );
    expect(run.stdout).toContain(
      "::error title=IDIO gate::monthly cost rises more than 50% in apps/taskly/intent.yaml",
    );
    expect(run.stdout).toMatch(/::error title=IDIO gate::\d+ open findings at or above medium/);
    const sarif = JSON.parse(readFileSync(join(gated.dir, "out/idio.sarif"), "utf8"));
    // One run for all intents (code scanning refuses several runs of one tool and category).
    expect(sarif.runs).toHaveLength(1);
    const results = sarif.runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(
      results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri]),
    ).toContainEqual(["IDIO-SNS-001", "apps/taskly/intent.yaml"]);
    const inline = await runBundle(gated, github.url, { ...inputs, parallelism: "1" });
    expect(github.comments[0]!.body).toBe(github.comments[0]!.body);
    expect(inline.summary).toBe(run.summary);
    expect(existsSync(join(gated.dir, "out/idio.sarif"))).toBe(true);
  });
});
