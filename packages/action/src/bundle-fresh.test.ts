import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BUNDLE_PATH, bundleAction } from "./build/bundle-action.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("the committed Action bundle", () => {
  it("is what esbuild builds from the sources now (rebuild: npm run bundle -w packages/action)", async () => {
    const fresh = Buffer.from(await bundleAction());
    const committed = readFileSync(BUNDLE_PATH);
    // Compare bytes; report sizes rather than 3 MB of text when they differ.
    expect(
      fresh.equals(committed),
      `packages/action/bundle/index.mjs is stale (${committed.length} bytes committed, ${fresh.length} built): run npm run bundle -w packages/action and commit it`,
    ).toBe(true);
  });

  it("is what action.yml runs, on node24, and carries no cdktf", () => {
    const action = parse(readFileSync(`${ROOT}action.yml`, "utf8")) as {
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: "node24", main: "packages/action/bundle/index.mjs" });
    expect(`${ROOT}${action.runs.main}`).toBe(BUNDLE_PATH);
    expect(readFileSync(BUNDLE_PATH, "utf8")).not.toMatch(/from "cdktf"|require\("cdktf"\)/);
  });
});
