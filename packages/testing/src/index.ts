export { expectGolden, goldenJson, UPDATE_GOLDEN } from "./golden.js";
export { tree } from "./tree.js";
export { makeTempDir, useTempDir } from "./temp-dir.js";
export { registryCopy, typecheckSources } from "./typecheck.js";
export { arbitraryIntentDocument, type ArbitraryIntentOptions } from "./arbitrary-intent.js";
export { buildTestBundle } from "./build-test-bundle.js";
export { opaBinary, policyRegoDir } from "./opa-binary.js";
export { EXAMPLES_DIR, exampleNames, readExample } from "./examples.js";
export { HUGE_SIZE, NEGATIVE_SIZE, rawTar, rawTarGz, type RawEntry } from "./raw-tar.js";
