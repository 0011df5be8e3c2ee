import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's examples/ folder. */
export const EXAMPLES_DIR = fileURLToPath(new URL("../../../examples/", import.meta.url));

/** Every example that has an intent.yaml, by folder name, sorted. */
export function exampleNames(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => readdirSync(`${EXAMPLES_DIR}${name}`).includes("intent.yaml"))
    .sort();
}

export function readExample(name: string): string {
  return readFileSync(`${EXAMPLES_DIR}${name}/intent.yaml`, "utf8");
}
