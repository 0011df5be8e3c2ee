export type { EmittedFile } from "./emitted-file.js";
export {
  AWS_PROVIDER_VERSION,
  type TerraformOptions,
  type TerraformSynthesis,
} from "./terraform/emit-terraform.js";
export type { TerraformBackend } from "./terraform/backend.js";
export { TERRAFORM_MAPPINGS } from "./terraform/registry.js";
export type { TerraformMapping, TerraformMappings } from "./terraform/mapping.js";
export {
  type CloudFormationStack,
  type CloudFormationSynthesis,
} from "./cloudformation/emit-cloudformation.js";
export { CLOUDFORMATION_MAPPINGS } from "./cloudformation/registry.js";
export type { CloudFormationMapping, CloudFormationMappings } from "./cloudformation/mapping.js";
// Every exported function behind its argument check (IdioArgumentError).
export {
  cloudFormationLogicalIds,
  emitCloudFormation,
  emitMermaid,
  emitTerraform,
  outputNames,
  synthesizeCloudFormation,
  synthesizeTerraform,
  terraformAddresses,
} from "./public-api.js";
