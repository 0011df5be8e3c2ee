import { inlinePlaceholder, placeholderSource } from "../lambda-placeholder.js";
import { logicalId } from "../names.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const lambdaFunctionCloudFormation: CloudFormationMapping<"aws.lambda.function"> = {
  kind: "aws.lambda.function",
  attrs: {
    id: "Ref",
    arn: "Arn",
    name: "Ref",
    invokeArn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${${id}.Arn}/invocations`,
    }),
  },
  resources: single("AWS::Lambda::Function"),
  emit(node, ctx) {
    const p = node.props;
    const environment = Object.keys(p.environment).sort();
    // CloudFormation saves inline code as index.js / index.py, so an inline placeholder's
    // handler is index.<function> (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lambda-function-code.html).
    const inline = "placeholder" in p.code && inlinePlaceholder(p.runtime);
    const exported = p.handler.slice(p.handler.lastIndexOf(".") + 1);
    const id = logicalId(node.id);
    ctx.add(node, "AWS::Lambda::Function", {
      FunctionName: p.functionName,
      Runtime: p.runtime,
      Handler: inline ? `index.${exported}` : p.handler,
      MemorySize: p.memorySize,
      Timeout: p.timeoutSeconds,
      Architectures: [...p.architectures],
      Role: ctx.value(p.roleArn, node),
      TracingConfig: { Mode: p.tracing },
      ReservedConcurrentExecutions: p.reservedConcurrency,
      Environment:
        environment.length > 0
          ? {
              Variables: Object.fromEntries(
                environment.map((key) => [key, ctx.value(p.environment[key]!, node)]),
              ),
            }
          : undefined,
      KmsKeyArn: ctx.optional(p.kmsKeyArn, node),
      VpcConfig: p.vpcConfig
        ? {
            SubnetIds: ctx.values(p.vpcConfig.subnetIds, node),
            SecurityGroupIds: ctx.values(p.vpcConfig.securityGroupIds, node),
          }
        : undefined,
      LoggingConfig: { LogFormat: "JSON", LogGroup: ctx.value(p.logGroupName, node) },
      // Only Node.js and Python take inline code (cfn-lint E3677); other runtimes name a package in S3.
      Code: inline
        ? { ZipFile: placeholderSource(p.runtime, `index.${exported}`).source }
        : {
            S3Bucket: ctx.parameter(`${id}CodeS3Bucket`, {
              Type: "String",
              Description: `S3 bucket holding the deployment package of ${node.id} (${p.runtime}${p.runtime.startsWith("provided") ? ": a zip with an executable bootstrap" : ""}), in the function's region.`,
            }),
            S3Key: ctx.parameter(`${id}CodeS3Key`, {
              Type: "String",
              Description: `S3 key of the deployment package of ${node.id}.`,
            }),
          },
      Tags: ctx.tags(node),
    });
  },
};
