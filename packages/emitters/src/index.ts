export type { EmittedFile } from "./emitted-file.js";
export {
  emitTerraform,
  synthesizeTerraform,
  terraformAddresses,
  AWS_PROVIDER_VERSION,
  type TerraformOptions,
  type TerraformSynthesis,
} from "./terraform/emit-terraform.js";
export type { TerraformBackend } from "./terraform/backend.js";
export { TERRAFORM_MAPPINGS } from "./terraform/registry.js";
export {
  emitCloudFormation,
  synthesizeCloudFormation,
  cloudFormationLogicalIds,
  type CloudFormationStack,
  type CloudFormationSynthesis,
} from "./cloudformation/emit-cloudformation.js";
export { CLOUDFORMATION_MAPPINGS } from "./cloudformation/registry.js";
export { emitMermaid } from "./mermaid/emit-mermaid.js";
