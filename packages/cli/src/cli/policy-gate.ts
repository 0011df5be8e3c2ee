import { escapeForTerminal as t } from "@idio-iac/intent-schema";
import { atLeast, SEVERITIES, type Finding, type Severity } from "@idio-iac/policy";
import type { CliIo } from "./cli-io.js";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/** How many tripping findings the gate lists before a count. */
const SHOWN = 20;

/**
 * `--fail-on <severity>` (policy, plan, compile): exit 1 when an open finding is
 * at least that severe. A failure lists the findings that tripped it on stderr
 * and ends with one `gate failed: N findings at or above <severity>` line.
 */
export function policyGate(
  findings: readonly Finding[] | undefined,
  failOn: Severity | undefined,
  file: string,
  io: Pick<CliIo, "stderr">,
): ExitCodeValue {
  if (failOn === undefined) return ExitCode.Ok;
  const tripped = (findings ?? [])
    .filter((finding) => atLeast(finding.severity, failOn))
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  if (tripped.length === 0) return ExitCode.Ok;
  const lines = tripped.slice(0, SHOWN).map(
    (finding) =>
      // Titles, ids and the file name may come from a user bundle or the command line.
      `  ${finding.severity.padEnd(8)} ${t(finding.ruleId)} ${t(finding.resourceId ?? "(plan)")}: ${t(finding.title)} (${t(file)}:${finding.location.line}:${finding.location.column})\n`,
  );
  if (tripped.length > SHOWN) lines.push(`  ... ${tripped.length - SHOWN} more\n`);
  io.stderr(
    `${lines.join("")}gate failed: ${tripped.length} finding${tripped.length === 1 ? "" : "s"} at or above ${failOn}\n`,
  );
  return ExitCode.GateFailed;
}
