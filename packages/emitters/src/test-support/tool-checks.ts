import type { ResourceGraph } from "@idio-iac/graph";
import { emitCloudFormation } from "../cloudformation/emit-cloudformation.js";
import {
  emitTerraform,
  synthesizeTerraform,
  type TerraformOptions,
} from "../terraform/emit-terraform.js";
import { dummyVariables, type BatchEntry } from "./terraform-cli.js";

/** A graph to put through the real tools, under a label that is a valid Terraform module name. */
export interface ToolSubject {
  readonly label: string;
  readonly graph: ResourceGraph;
  readonly terraform?: TerraformOptions;
}

/** The batch entry for a subject, with the addresses its mappings declare. */
export function terraformEntry(
  subject: ToolSubject,
): BatchEntry & { addresses: readonly string[] } {
  const synthesis = synthesizeTerraform(subject.graph, subject.terraform);
  return {
    label: subject.label,
    files: emitTerraform(subject.graph, subject.terraform),
    variables: dummyVariables(synthesis.variables.keys()),
    addresses: synthesis.addresses,
  };
}

export function cloudFormationFiles(subjects: readonly ToolSubject[]) {
  return new Map(subjects.map((subject) => [subject.label, emitCloudFormation(subject.graph)]));
}
