// The package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectGraph,
  expectOptions,
  expectPlainObject,
  expectString,
  graphFirst,
  guardExport,
} from "@idio-iac/graph";
import * as cloudFormation from "./cloudformation/emit-cloudformation.js";
import { outputNames as outputNamesImpl } from "./outputs.js";
import * as terraform from "./terraform/emit-terraform.js";

const graphAndOptions = (graph: unknown, options: unknown) => {
  expectGraph("graph", graph);
  expectOptions("options", options);
  if (options?.backend !== undefined) expectPlainObject("options.backend", options.backend);
};

export const emitTerraform = guardExport(
  "emitTerraform",
  ["graph", "options"],
  terraform.emitTerraform,
  graphAndOptions,
  graphFirst.diagnose,
);
export const synthesizeTerraform = guardExport(
  "synthesizeTerraform",
  ["graph", "options"],
  terraform.synthesizeTerraform,
  graphAndOptions,
  graphFirst.diagnose,
);
export const terraformAddresses = guardExport(
  "terraformAddresses",
  ["graph"],
  terraform.terraformAddresses,
  graphFirst.check,
  graphFirst.diagnose,
);
export const emitCloudFormation = guardExport(
  "emitCloudFormation",
  ["graph"],
  cloudFormation.emitCloudFormation,
  graphFirst.check,
  graphFirst.diagnose,
);
export const synthesizeCloudFormation = guardExport(
  "synthesizeCloudFormation",
  ["graph"],
  cloudFormation.synthesizeCloudFormation,
  graphFirst.check,
  graphFirst.diagnose,
);
export const cloudFormationLogicalIds = guardExport(
  "cloudFormationLogicalIds",
  ["graph"],
  cloudFormation.cloudFormationLogicalIds,
  graphFirst.check,
  graphFirst.diagnose,
);
// Guarded where it is defined: the ./mermaid subpath exports the same function.
export { emitMermaid } from "./mermaid/index.js";

/** The Terraform and CloudFormation output names for a node's attribute. */
export const outputNames = guardExport(
  "outputNames",
  ["nodeId", "attr"],
  outputNamesImpl,
  (nodeId, attr) => {
    expectString("nodeId", nodeId);
    expectString("attr", attr);
  },
);
