import {
  emitCloudFormation,
  emitMermaid,
  emitTerraform,
  type EmittedFile,
  type TerraformBackend,
} from "@idio-iac/emitters";
import { type Plan, planToJson, type TierSummary } from "idio-iac";
import { renderPlanMarkdown, type PlanSections } from "./plan-markdown.js";
import { renderRunbook } from "./runbook.js";

export const COMPILE_TARGETS = ["terraform", "cloudformation"] as const;
export type CompileTarget = (typeof COMPILE_TARGETS)[number];

export interface CompileOutputOptions {
  readonly targets: readonly CompileTarget[];
  /** The compiler's per-tier summary (`PlanResult.tiers`), for plan.md's tier table. */
  readonly tiers: readonly TierSummary[];
  /** Overrides the intent's `terraform.backend`. */
  readonly backend?: TerraformBackend;
  readonly sections?: PlanSections;
  /** Called before each phase, for progress lines. */
  readonly onPhase?: (phase: string) => void;
}

/**
 * Every file `idio compile` writes, in memory and in a fixed order: a pure
 * function of the plan, so the same intent gives the same tree.
 */
export function compileOutput(plan: Plan, options: CompileOutputOptions): EmittedFile[] {
  const files: EmittedFile[] = [];
  const backend = options.backend ?? plan.intent.terraform?.backend;
  if (options.targets.includes("terraform")) {
    options.onPhase?.("emitting Terraform");
    files.push(...emitTerraform(plan.graph, backend ? { backend } : {}));
  }
  if (options.targets.includes("cloudformation")) {
    options.onPhase?.("emitting CloudFormation");
    files.push(...emitCloudFormation(plan.graph));
  }
  options.onPhase?.("drawing the diagram");
  const diagram = emitMermaid(plan.graph);
  const names = [
    "plan.json",
    "plan.md",
    "runbook.md",
    "diagram.mmd",
    ...files.map((file) => file.path),
  ];
  return [
    { path: "plan.json", contents: planToJson(plan) },
    {
      path: "plan.md",
      contents: renderPlanMarkdown(
        plan,
        options.tiers,
        diagram,
        { targets: options.targets, files: names },
        options.sections,
      ),
    },
    { path: "runbook.md", contents: renderRunbook(plan) },
    { path: "diagram.mmd", contents: diagram },
    ...files,
  ];
}
