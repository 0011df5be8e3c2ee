import { Option, type Command } from "commander";
import { isRegionCode, type GraphNode } from "@idio-iac/graph";
import { CompileCode } from "@idio-iac/compiler";
import { diagnostic } from "@idio-iac/core";
import {
  escapeForTerminal as t,
  type Diagnostic,
  type IntentSource,
} from "@idio-iac/intent-schema";
import type { CliCommand } from "../command.js";
import type { CliIo } from "../cli-io.js";
import { ExitCode, type ExitCodeValue } from "../exit-codes.js";
import { exitFor, planFile, reportDiagnostics } from "./plan.js";

/** `idio explain <file> <resource-id>`: why a resource exists and why it has its size. */
export const explainCommand: CliCommand = {
  register(program: Command, io: CliIo, done: (code: ExitCodeValue) => void): void {
    program
      .command("explain")
      .description(
        "Explain why a resource is in the plan: the decision, the intent lines behind it, the arithmetic",
      )
      .argument("<file>", "intent file (YAML or JSON)")
      .argument(
        "<resource-id>",
        "node id from `idio plan` (e.g. api.service), or a tier name to list its resources",
      )
      .addOption(
        new Option("--format <format>", "output format").choices(["text", "json"]).default("text"),
      )
      .action(async (file: string, id: string, options: { format: "text" | "json" }) => {
        const { result, text } = await planFile(file, io);
        if (result.plan === undefined) {
          reportDiagnostics(result.diagnostics, file, text, options.format, io);
          return done(exitFor(result.diagnostics));
        }
        const node = result.plan.graph.nodes.find((n) => n.id === id);
        const tierNodes = result.plan.graph.nodes.filter((n) => n.tier === id);
        if (node === undefined && tierNodes.length > 0) {
          // A tier name: list what the tier became, one line per resource.
          const listing = tierNodes.map((n) => ({
            id: n.id,
            kind: n.kind,
            region: n.region,
            summary: n.reason.summary,
          }));
          io.stdout(
            options.format === "json"
              ? `${JSON.stringify({ tier: id, resources: listing }, null, 2)}\n`
              : renderTier(id, listing),
          );
          return done(ExitCode.Ok);
        }
        if (node === undefined) {
          const diagnostic = unknownResource(
            file,
            id,
            result.plan.graph.nodes.map((n) => n.id),
          );
          reportDiagnostics([diagnostic], file, undefined, options.format, io);
          return done(ExitCode.InvalidInput);
        }
        const explained = explainNode(node, result.source);
        io.stdout(
          options.format === "json"
            ? `${JSON.stringify(explained, null, 2)}\n`
            : renderExplanation(explained),
        );
        done(ExitCode.Ok);
      });
  },
};

export interface Explanation {
  readonly id: string;
  readonly kind: string;
  readonly tier: string | null;
  readonly region: GraphNode["region"];
  readonly summary: string;
  readonly because: readonly {
    pointer: string;
    line: number;
    text: string;
    defaulted: boolean;
    /** A connectsTo edge (or `/connections`) IDIO inferred: no tier states connectsTo (IDIO424). */
    inferred?: true;
  }[];
  readonly calculation: readonly string[];
  readonly dependsOn: readonly string[];
}

export function explainNode(node: GraphNode, source: IntentSource | undefined): Explanation {
  const lines = source?.text.split(/\r?\n/) ?? [];
  // The compiler adds `/connections` to every reason that rests on an inferred edge.
  const inferredEdges = node.reason.pointers.includes("/connections");
  return {
    id: node.id,
    kind: node.kind,
    tier: node.tier,
    region: node.region,
    summary: node.reason.summary,
    because: node.reason.pointers.map((pointer) => {
      const at = source?.locate(pointer);
      const parent = pointer.slice(0, pointer.lastIndexOf("/"));
      const parentAt = pointer === "" ? undefined : source?.locate(parent);
      const defaulted =
        at !== undefined &&
        parentAt !== undefined &&
        at.line === parentAt.line &&
        at.column === parentAt.column;
      const line = at?.line ?? 0;
      const inferred =
        defaulted &&
        inferredEdges &&
        /^\/(connections$|tiers\/\d+\/connectsTo(\/|$))/.test(pointer);
      return {
        pointer,
        line,
        text: line > 0 ? (lines[line - 1] ?? "").trim() : "",
        defaulted,
        ...(inferred ? { inferred: true as const } : {}),
      };
    }),
    calculation: node.reason.calculation,
    dependsOn: node.dependsOn,
  };
}

/** Text for a terminal: ids, summaries and intent lines are user text, escaped as they are inserted. */
export function renderExplanation(e: Explanation): string {
  const out = [
    `${t(e.id)}  (${e.kind}${e.tier ? `, tier ${t(e.tier)}` : ""}${regionLabel(e.region)})`,
    `  ${t(e.summary)}`,
  ];
  if (e.because.length) {
    out.push("", "  Because of");
    const width = Math.max(...e.because.map((b) => t(b.pointer).length));
    for (const b of e.because) {
      const where = b.inferred
        ? "not set: inferred (no tier states connectsTo, IDIO424)"
        : b.defaulted
          ? "not set: IDIO's default"
          : b.line > 0
            ? `line ${b.line}: ${t(b.text)}`
            : "";
      out.push(`    ${t(b.pointer).padEnd(width)}  ${where}`);
    }
  }
  if (e.calculation.length) {
    out.push("", "  Calculation");
    for (const step of e.calculation) out.push(`    ${t(step)}`);
  }
  if (e.dependsOn.length) out.push("", `  Also waits for: ${e.dependsOn.map(t).join(", ")}`);
  return `${out.join("\n")}\n`;
}

/** Where a node is, beside its kind: nothing for the primary region. */
function regionLabel(region: Explanation["region"]): string {
  if (region === "dr") return ", DR region";
  if (region === "edge") return ", us-east-1 for CloudFront";
  return isRegionCode(region) ? `, region ${region}` : "";
}

function renderTier(
  tier: string,
  listing: readonly { id: string; kind: string; region: string; summary: string }[],
): string {
  const width = Math.max(...listing.map((n) => t(n.id).length));
  const lines = [
    `tier ${t(tier)}: ${listing.length} resources (\`idio explain <file> <id>\` for one)`,
  ];
  for (const n of listing) lines.push(`  ${t(n.id).padEnd(width)}  ${t(n.summary)}`);
  return `${lines.join("\n")}\n`;
}

/** Unknown id: suggest the ids sharing the longest prefix with what was typed. */
export function unknownResource(file: string, id: string, ids: readonly string[]): Diagnostic {
  const shared = (candidate: string) => {
    let i = 0;
    while (i < id.length && i < candidate.length && id[i] === candidate[i]) i++;
    return i;
  };
  const ranked = [...ids]
    .map((candidate) => ({ candidate, score: shared(candidate) }))
    .filter((c) => c.score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.candidate.length - b.candidate.length ||
        (a.candidate < b.candidate ? -1 : 1),
    )
    .slice(0, 3)
    .map((c) => c.candidate);
  return diagnostic(CompileCode.UnknownResource, {
    message: `The plan has no resource "${id}".`,
    file,
    hint: ranked.length
      ? `Did you mean ${ranked.map((c) => `"${c}"`).join(", ")}? \`idio plan ${file}\` lists every id.`
      : `\`idio plan ${file} --format json\` lists every id.`,
  });
}
