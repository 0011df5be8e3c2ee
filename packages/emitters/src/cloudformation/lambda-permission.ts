import { single, type CloudFormationMapping } from "./mapping.js";

export const lambdaPermissionCloudFormation: CloudFormationMapping<"aws.lambda.permission"> = {
  kind: "aws.lambda.permission",
  attrs: { id: "Ref" },
  resources: single("AWS::Lambda::Permission"),
  emit(node, ctx) {
    ctx.add(node, "AWS::Lambda::Permission", {
      Action: node.props.action,
      FunctionName: ctx.value(node.props.functionName, node),
      Principal: node.props.principal,
      SourceArn: ctx.value(node.props.sourceArn, node),
    });
  },
};
