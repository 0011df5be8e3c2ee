import { describe, expect, it } from "vitest";
import { makeManifest } from "./output-manifest.js";
import type { PathState } from "./path-state.js";
import { planOutputChanges } from "./plan-output-changes.js";

const h = (c: string) => c.repeat(64);
const previous = makeManifest(
  [
    { path: "same", sha256: h("a") },
    { path: "changed", sha256: h("a") },
    { path: "edited", sha256: h("a") },
    { path: "deleted-by-user", sha256: h("a") },
    { path: "dropped", sha256: h("a") },
    { path: "dropped-edited", sha256: h("a") },
  ],
  [],
);
const next = [
  { path: "same", sha256: h("a") },
  { path: "changed", sha256: h("b") },
  { path: "edited", sha256: h("b") },
  { path: "deleted-by-user", sha256: h("b") },
  { path: "new", sha256: h("b") },
  { path: "users-file", sha256: h("b") },
  { path: "via-link/x", sha256: h("b") },
];
const file = (sha: string): PathState => ({ kind: "file", sha256: sha });
const states = new Map<string, PathState>([
  ["same", file(h("a"))],
  ["changed", file(h("a"))],
  ["edited", file(h("e"))],
  ["deleted-by-user", { kind: "missing" }],
  ["dropped", file(h("a"))],
  ["dropped-edited", file(h("e"))],
  ["new", { kind: "missing" }],
  ["users-file", file(h("u"))],
  ["via-link/x", { kind: "blocked", at: "via-link", what: "a symbolic link" }],
]);

describe("planOutputChanges", () => {
  it("replaces or removes only files whose bytes are still IDIO's", () => {
    expect(planOutputChanges(previous, next, states, false)).toEqual({
      writes: [
        { path: "changed", replaces: true },
        { path: "deleted-by-user", replaces: false },
        { path: "new", replaces: false },
      ],
      removals: ["dropped"],
      edited: ["edited"],
      keptEdited: ["dropped-edited"],
      taken: [
        { path: "users-file", why: "a file IDIO did not write is there" },
        { path: "via-link/x", why: "via-link is a symbolic link" },
      ],
    });
  });

  it("with force, writes over edited files (and still never over a user's own)", () => {
    const changes = planOutputChanges(previous, next, states, true);
    expect(changes.writes).toContainEqual({ path: "edited", replaces: true });
    expect(changes.writes.map((w) => w.path)).not.toContain("users-file");
    expect(changes.removals).toEqual(["dropped"]);
  });

  it("in a fresh directory, any file already there is taken", () => {
    const changes = planOutputChanges(
      undefined,
      [{ path: "a", sha256: h("b") }],
      new Map([["a", file(h("b"))]]),
      false,
    );
    expect(changes.taken).toEqual([{ path: "a", why: "a file IDIO did not write is there" }]);
  });
});
