import { LambdaFunction } from "./provider-bindings.js";
import type { GraphNode } from "@idio-iac/graph";
import { placeholderZip } from "../lambda-placeholder.js";
import { terraformName } from "../names.js";
import type { TerraformContext } from "./context.js";
import { single, type TerraformMapping } from "./mapping.js";

export const lambdaFunctionTerraform: TerraformMapping<"aws.lambda.function"> = {
  kind: "aws.lambda.function",
  type: LambdaFunction.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "function_name", invokeArn: "invoke_arn" },
  resources: single(LambdaFunction.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
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
      ...code(node, ctx),
      tags: ctx.tags(node),
    });
  },
};

/**
 * A placeholder package written next to main.tf.json, which Terraform must
 * not roll back once the user's pipeline has deployed the real code; or an
 * S3 artifact (a Java JAR) named by two variables.
 */
function code(node: GraphNode<"aws.lambda.function">, ctx: TerraformContext) {
  const p = node.props;
  if ("s3Artifact" in p.code) {
    const name = terraformName(node.id);
    return {
      s3Bucket: ctx.variable(
        `${name}_code_s3_bucket`,
        `S3 bucket holding the deployment package of ${node.id} (${p.runtime}), in the function's region.`,
      ),
      s3Key: ctx.variable(`${name}_code_s3_key`, `S3 key of the deployment package of ${node.id}.`),
    };
  }
  const zip = placeholderZip(p.runtime, p.handler);
  ctx.files.set(zip.name, { contents: zip.bytes.toString("base64"), encoding: "base64" });
  return {
    filename: `\${path.module}/${zip.name}`,
    sourceCodeHash: zip.sha256Base64,
    lifecycle: { ignoreChanges: ["filename", "source_code_hash"] },
  };
}
