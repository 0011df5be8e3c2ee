import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Every file under `dir` with its bytes (base64), keyed by `/`-separated path relative to `dir`. */
export function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        files.set(relative(dir, path).split("\\").join("/"), readFileSync(path).toString("base64"));
    }
  };
  walk(dir);
  return files;
}
