import { createHash } from "node:crypto";
import { escapeForTerminal as plain, escapeMarkdown } from "@idio-iac/intent-schema";
import { builtinBundle } from "./bundle/builtin-bundle.js";
import { FRAMEWORK_ORDER } from "./frameworks.js";
import type { Finding, PolicyReport, RuleMetadata, Severity } from "./types.js";

const LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
};

/** GitHub code scanning ranks security alerts by this score (CVSS-like, 0-10). */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
};

export interface SarifOptions {
  /** The intent file as the user named it, relative to the repository root. */
  readonly intentFile: string;
  readonly toolVersion: string;
  /** Every rule that could report (so code scanning can show rule help for closed alerts). */
  readonly rules: readonly RuleMetadata[];
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one result per finding, located at
 * the intent line that caused it; waived findings carry a suppression with
 * the waiver's reason.
 */
export function toSarif(report: PolicyReport, options: SarifOptions): object {
  const rules = [...options.rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const result = (finding: Finding) => ({
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId) ?? -1,
    level: LEVEL[finding.severity],
    message: {
      // Messages may come from a user bundle: no control characters reach a viewer.
      text: finding.intentField
        ? `${plain(finding.message)} Change ${plain(finding.intentField.pointer)} in the intent.`
        : plain(finding.message),
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(options.intentFile) },
          region: {
            startLine: Math.max(1, finding.location.line),
            startColumn: Math.max(1, finding.location.column),
          },
        },
        ...(finding.resourceId
          ? { logicalLocations: [{ name: plain(finding.resourceId), kind: "resource" }] }
          : {}),
      },
    ],
    partialFingerprints: {
      "idioFinding/v1": createHash("sha256")
        .update(`${finding.ruleId}\u0000${finding.resourceId ?? ""}`)
        .digest("hex"),
    },
    properties: { severity: finding.severity, fixable: finding.fixable },
    ...(finding.waiver
      ? { suppressions: [{ kind: "inSource", justification: plain(finding.waiver.reason) }] }
      : {}),
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "IDIO",
            informationUri: "https://github.com/idio-dev/idio",
            semanticVersion: options.toolVersion,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: pascal(rule.package),
              shortDescription: { text: plain(rule.title) },
              fullDescription: { text: plain(rule.description) },
              // The AWS page a rule rests on (SARIF reportingDescriptor.helpUri).
              ...(rule.docs?.[0] === undefined ? {} : { helpUri: rule.docs[0] }),
              help: {
                text: `${plain(rule.description)}\n\nWhy: ${plain(rule.rationale)}`,
                markdown: `${markdown(rule, rule.description)}\n\n**Why:** ${markdown(rule, rule.rationale)}\n\n${controlsMarkdown(rule)}`,
              },
              defaultConfiguration: { level: LEVEL[rule.severity] },
              properties: {
                tags: [
                  ...(rule.deploy === undefined ? ["security"] : ["deployability"]),
                  ...rule.frameworks,
                ],
                precision: "very-high",
                "security-severity": SECURITY_SEVERITY[rule.severity],
              },
            })),
          },
        },
        columnKind: "unicodeCodePoints",
        results: [...report.findings, ...report.waived].map(result),
      },
    ],
  };
}

function controlsMarkdown(rule: RuleMetadata): string {
  return FRAMEWORK_ORDER.filter((framework) => rule.controls[framework]?.length)
    .map(
      (framework) =>
        `- ${framework}: ${(rule.controls[framework] ?? []).map((control) => markdown(rule, control)).join(", ")}`,
    )
    .join("\n");
}

/**
 * Markdown for a rule's text. IDIO's own rules write Markdown on purpose (code
 * spans); any other rule's text — a user bundle's, even one named "builtin" —
 * is untrusted and rendered as the text it is.
 */
function markdown(rule: RuleMetadata, text: string): string {
  return builtinBundle().rules.get(rule.package) === rule ? text : escapeMarkdown(text);
}

function pascal(name: string): string {
  return name
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** A relative, forward-slash URI (SARIF artifact locations are URIs, not OS paths). */
function toUri(file: string): string {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
