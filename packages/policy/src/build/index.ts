/**
 * `@idio-iac/policy/build`: what building policy bundles needs, for the
 * workspace's build script and tests (never compiled into dist/).
 */
export { opaBinary } from "./opa-binary.js";
export { REGO_DIR } from "./policy-sources.js";
