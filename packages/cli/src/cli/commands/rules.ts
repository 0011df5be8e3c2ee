import { Option, type Command } from "commander";
import {
  builtinRules,
  FRAMEWORK_NAMES,
  notCheckedControls,
  ruleSection,
  type RuleMetadata,
} from "@idio-iac/policy";
import {
  COMPLIANCE_FRAMEWORKS,
  escapeForTerminal as t,
  type ComplianceFramework,
} from "@idio-iac/intent-schema";
import { checkChoice, reportArgumentProblems } from "../check-arguments.js";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import {
  loadBundles,
  policyBundleOption,
  policyTimeoutOption,
  type PolicyBundleOptions,
} from "../policy-bundle-options.js";

/** `idio rules list` and `idio rules show <rule-id>`: the policy rules and their documentation. */
export const rulesCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    const rules = program
      .command("rules")
      .description("list the policy rules or show one rule's documentation");
    rules
      .command("list")
      .description("every rule: id, severity, fixable, frameworks, title")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .option("--framework <framework>", "only rules mapped to this framework (e.g. pci-dss)")
      .addOption(policyBundleOption())
      .addOption(policyTimeoutOption())
      .action(
        async (options: PolicyBundleOptions & { format: "text" | "json"; framework?: string }) => {
          if (options.framework !== undefined) {
            const problem = checkChoice(
              "--framework",
              options.framework,
              COMPLIANCE_FRAMEWORKS,
              "framework",
            );
            if (problem) return done(reportArgumentProblems([problem], io, options.format));
          }
          const all = await allRules(options, io);
          if (all === undefined) return done(ExitCode.InvalidInput);
          const selected = options.framework
            ? all.filter(
                (rule) =>
                  rule.controls[options.framework as keyof RuleMetadata["controls"]]?.length,
              )
            : all;
          if (options.format === "json") io.stdout(`${JSON.stringify(selected, null, 2)}\n`);
          else {
            io.stdout(table(selected));
            if (options.framework !== undefined) {
              io.stdout(unchecked(options.framework as ComplianceFramework));
            }
          }
          done(ExitCode.Ok);
        },
      );
    rules
      .command("show")
      .description("one rule's documentation: what it checks, why, its controls")
      .argument("<rule-id>", "for example IDIO-S3-001")
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .addOption(policyBundleOption())
      .addOption(policyTimeoutOption())
      .action(async (id: string, options: PolicyBundleOptions & { format: "text" | "json" }) => {
        const all = await allRules(options, io);
        if (all === undefined) return done(ExitCode.InvalidInput);
        const rule = all.find((candidate) => candidate.id === id.toUpperCase());
        if (!rule) {
          const area = id.toUpperCase().split("-").slice(0, 2).join("-");
          const near = all
            .filter((candidate) => candidate.id.startsWith(`${area}-`))
            .map((candidate) => candidate.id);
          io.stderr(
            `idio rules show: no rule ${t(id)}.${near.length ? ` Rules in ${area}: ${near.join(", ")}.` : ""} (idio rules list shows them all)\n`,
          );
          return done(ExitCode.InvalidInput);
        }
        io.stdout(
          options.format === "json"
            ? `${JSON.stringify(rule, null, 2)}\n`
            : `${ruleSection(forTerminal(rule)).join("\n").replace(/\*\*/g, "").replace(/`/g, "")}\n`,
        );
        done(ExitCode.Ok);
      });
  },
};

/** The built-in rules and those of every --policy-bundle (a bad bundle is reported: undefined). */
async function allRules(
  options: PolicyBundleOptions,
  io: CliIo,
): Promise<RuleMetadata[] | undefined> {
  const bundles = await loadBundles(options, io);
  if (bundles === undefined) return undefined;
  return [...builtinRules(), ...bundles.flatMap((bundle) => [...bundle.rules.values()])];
}

/** A rule whose text (from a user bundle, maybe) is safe to print: every string escaped. */
function forTerminal(rule: RuleMetadata): RuleMetadata {
  const controls = Object.fromEntries(
    Object.entries(rule.controls).map(([framework, ids]) => [framework, (ids ?? []).map(t)]),
  );
  return {
    ...rule,
    id: t(rule.id),
    package: t(rule.package),
    title: t(rule.title),
    description: t(rule.description),
    rationale: t(rule.rationale),
    source: t(rule.source),
    controls,
    ...(rule.docs === undefined ? {} : { docs: rule.docs.map(t) }),
  };
}

function table(unsafe: readonly RuleMetadata[]): string {
  const rules = unsafe.map(forTerminal);
  const rows = rules.map((rule) => [
    rule.id,
    rule.severity,
    rule.fixable ? "yes" : "no",
    rule.frameworks.length ? rule.frameworks.join(",") : "always",
    rule.title,
  ]);
  const header = ["RULE", "SEVERITY", "FIX", "APPLIES", "TITLE"];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ");
  return `${[line(header), ...rows.map(line)].join("\n")}\n${rules.length} rules\n`;
}

/** After a framework's rules: the controls no rule checks (account and organisation level), and what would. */
function unchecked(framework: ComplianceFramework): string {
  const entries = notCheckedControls(framework);
  if (!entries.length) return "";
  const width = Math.max(...entries.map((entry) => entry.control.length));
  return [
    "",
    `Not checked by IDIO for ${FRAMEWORK_NAMES[framework]} (account and organisation level), and what would check it:`,
    ...entries.map(
      (entry) => `  ${entry.control.padEnd(width)}  ${entry.topic}: ${entry.checkedBy}`,
    ),
    "",
  ].join("\n");
}
