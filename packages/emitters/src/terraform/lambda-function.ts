import { LambdaFunction } from "@cdktf/provider-aws/lib/lambda-function/index.js";
import { placeholderZip } from "../lambda-placeholder.js";
import { single, type TerraformMapping } from "./mapping.js";

export const lambdaFunctionTerraform: TerraformMapping<"aws.lambda.function"> = {
  kind: "aws.lambda.function",
  type: LambdaFunction.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "function_name", invokeArn: "invoke_arn" },
  resources: single(LambdaFunction.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const zip = placeholderZip(p.runtime, p.handler);
    ctx.files.set(zip.name, { contents: zip.bytes.toString("base64"), encoding: "base64" });
    const environment = Object.keys(p.environment).sort();
    ctx.create(node, LambdaFunction, {
      functionName: p.functionName,
      runtime: p.runtime,
      handler: p.handler,
      memorySize: p.memorySize,
      timeout: p.timeoutSeconds,
      architectures: [...p.architectures],
      role: ctx.value(p.roleArn, node),
      tracingConfig: { mode: p.tracing },
      reservedConcurrentExecutions: p.reservedConcurrency,
      environment:
        environment.length > 0
          ? {
              variables: Object.fromEntries(
                environment.map((key) => [key, ctx.value(p.environment[key]!, node)]),
              ),
            }
          : undefined,
      kmsKeyArn: ctx.optional(p.kmsKeyArn, node),
      vpcConfig: p.vpcConfig
        ? {
            subnetIds: ctx.values(p.vpcConfig.subnetIds, node),
            securityGroupIds: ctx.values(p.vpcConfig.securityGroupIds, node),
          }
        : undefined,
      loggingConfig: { logFormat: "JSON", logGroup: ctx.value(p.logGroupName, node) },
      filename: `\${path.module}/${zip.name}`,
      sourceCodeHash: zip.sha256Base64,
      // The user's pipeline deploys the real code; Terraform must not roll it back.
      lifecycle: { ignoreChanges: ["filename", "source_code_hash"] },
      tags: ctx.tags(node),
    });
  },
};
