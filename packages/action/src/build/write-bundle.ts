// `npm run bundle -w packages/action`: rebuild the committed Action bundle.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BUNDLE_PATH, bundleAction } from "./bundle-action.js";

const bytes = await bundleAction();
mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
writeFileSync(BUNDLE_PATH, bytes);
console.log(`wrote ${BUNDLE_PATH} (${bytes.length} bytes)`);
