export { expectGolden, goldenJson, UPDATE_GOLDEN } from "./golden.js";
export { tree } from "./tree.js";
export { makeTempDir, useTempDir } from "./temp-dir.js";
export { registryCopy, typecheckSources } from "./typecheck.js";
