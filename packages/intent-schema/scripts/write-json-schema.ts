/**
 * Writes packages/intent-schema/intent.schema.json, the published JSON Schema
 * editors load, from the TypeBox schema (the single source of truth).
 *
 *   npm run generate:schema -w @idio-iac/intent-schema
 *
 * A test fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import { INTENT_JSON_SCHEMA } from "../src/schema/json-schema.js";

const target = fileURLToPath(new URL("../intent.schema.json", import.meta.url));
const text = await format(JSON.stringify(INTENT_JSON_SCHEMA), { parser: "json", printWidth: 100 });
writeFileSync(target, text);
console.log(`wrote ${target}`);
