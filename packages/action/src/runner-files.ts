import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";

/**
 * Step outputs go to the GITHUB_OUTPUT file as `name<<delimiter` blocks (a
 * value may hold newlines); without the file (an old runner) nothing is written.
 */
export function setOutputs(
  env: NodeJS.ProcessEnv,
  outputs: Readonly<Record<string, string>>,
): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) return;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `idio_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join("");
  appendFileSync(file, text);
}

/** The job summary: Markdown appended to GITHUB_STEP_SUMMARY. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}
