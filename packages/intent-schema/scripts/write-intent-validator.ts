/**
 * Writes src/validate/intent-validator.generated.ts, the precompiled intent validator.
 *
 *   npm run generate:validator -w @idio-iac/intent-schema
 *
 * Run after changing the schema; a test fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { intentValidatorSource } from "./intent-validator-source.js";

const target = fileURLToPath(
  new URL("../src/validate/intent-validator.generated.ts", import.meta.url),
);
writeFileSync(target, await intentValidatorSource());
console.log(`wrote ${target}`);
