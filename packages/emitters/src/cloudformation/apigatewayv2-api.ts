import { single, type CloudFormationMapping } from "./mapping.js";

export const httpApiCloudFormation: CloudFormationMapping<"aws.apigatewayv2.api"> = {
  kind: "aws.apigatewayv2.api",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/apis/\${${id}}`,
    }),
    apiEndpoint: "ApiEndpoint",
    executionArn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${id}}`,
    }),
  },
  resources: single("AWS::ApiGatewayV2::Api"),
  emit(node, ctx) {
    ctx.add(node, "AWS::ApiGatewayV2::Api", {
      Name: node.props.name,
      ProtocolType: node.props.protocolType,
      DisableExecuteApiEndpoint: node.props.disableExecuteApiEndpoint,
      Tags: ctx.tagMap(node),
    });
  },
};
