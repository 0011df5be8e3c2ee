import { placeholderSource } from "../lambda-placeholder.js";
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
    // Inline code is saved as index.js / index.py, so the placeholder exports the handler's function name there.
    const exported = p.handler.slice(p.handler.lastIndexOf(".") + 1);
    ctx.add(node, "AWS::Lambda::Function", {
      FunctionName: p.functionName,
      Runtime: p.runtime,
      Handler: p.handler,
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
      Code: { ZipFile: placeholderSource(p.runtime, `index.${exported}`).source },
      Tags: ctx.tags(node),
    });
  },
};
