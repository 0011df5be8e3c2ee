import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

/** The one switch that rewrites every golden file: `IDIO_UPDATE_GOLDEN=1 npx vitest run <file>`. */
export const UPDATE_GOLDEN = process.env.IDIO_UPDATE_GOLDEN === "1";

/** In CI a missing golden file is a failure; on a developer's machine its first run writes it. */
const CI = process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false";

/**
 * Compares `actual` with the golden file at `file` (an absolute path). With
 * IDIO_UPDATE_GOLDEN=1, or when the file is missing outside CI, writes it
 * first; review the result with `git diff`.
 */
export function expectGolden(file: string, actual: string): void {
  if (UPDATE_GOLDEN || (!existsSync(file) && !CI)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  const expected = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  expect(actual, `${file} is stale: rerun with IDIO_UPDATE_GOLDEN=1 and review the diff`).toBe(
    expected,
  );
}

/** A value as golden JSON text: two-space indented, ending in a newline. */
export const goldenJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
