import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules.js";
import { renderRulesMarkdown } from "../rules-doc.js";
import { buildBundle } from "./build-bundle.js";
import { opaBinary } from "@idio-iac/testing";
import {
  MANIFEST_PATH,
  RULES_DOC_PATH,
  WASM_PATH,
  regoSourceHash,
  sha256,
  type BundleManifest,
} from "./policy-sources.js";

const STALE = "run `npm run build:policies` and commit packages/policy/bundle and docs/rules.md";
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as BundleManifest;

describe("the committed policy bundle", () => {
  it("was built from the current Rego sources", () => {
    expect(regoSourceHash(), STALE).toBe(manifest.sourceSha256);
  });

  it("is the wasm the manifest describes", () => {
    expect(sha256(readFileSync(WASM_PATH)), STALE).toBe(manifest.wasmSha256);
    expect(builtinRules()).toHaveLength(manifest.rules);
  });

  it("is documented by the current docs/rules.md", () => {
    expect(readFileSync(RULES_DOC_PATH, "utf8"), STALE).toBe(renderRulesMarkdown(builtinRules()));
  });

  const opa = opaBinary();
  it.skipIf(!opa)("is byte-for-byte what opa build makes from the sources today", () => {
    const rebuilt = buildBundle(opa as string);
    expect(rebuilt.manifest.opaVersion).toBe(manifest.opaVersion);
    expect(rebuilt.manifest.wasmSha256, STALE).toBe(manifest.wasmSha256);
  });
});
