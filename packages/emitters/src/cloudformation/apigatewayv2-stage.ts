import type { GraphNode } from "@idio-iac/graph";
import { single, type CloudFormationMapping } from "./mapping.js";
import type { CloudFormationContext } from "./context.js";

function stageParts(node: GraphNode, ctx: CloudFormationContext) {
  const props = (node as GraphNode<"aws.apigatewayv2.stage">).props;
  return { api: ctx.value(props.apiId, node), name: props.name };
}

export const httpApiStageCloudFormation: CloudFormationMapping<"aws.apigatewayv2.stage"> = {
  kind: "aws.apigatewayv2.stage",
  attrs: {
    id: "Ref",
    arn: (_id, node, ctx) => {
      const { api, name } = stageParts(node, ctx);
      return {
        "Fn::Sub": [
          `arn:\${AWS::Partition}:apigateway:\${AWS::Region}::/apis/\${Api}/stages/${name}`,
          { Api: api },
        ],
      };
    },
    invokeUrl: (_id, node, ctx) => {
      const { api, name } = stageParts(node, ctx);
      const path = name === "$default" ? "" : name;
      return {
        "Fn::Sub": [
          `https://\${Api}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${path}`,
          { Api: api },
        ],
      };
    },
  },
  resources: single("AWS::ApiGatewayV2::Stage"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ApiGatewayV2::Stage", {
      ApiId: ctx.value(p.apiId, node),
      StageName: p.name,
      AutoDeploy: p.autoDeploy,
      AccessLogSettings: {
        DestinationArn: ctx.value(p.accessLogs.destinationArn, node),
        Format: p.accessLogs.format,
      },
      DefaultRouteSettings: {
        ThrottlingBurstLimit: p.throttling.burstLimit,
        ThrottlingRateLimit: p.throttling.rateLimit,
      },
      Tags: ctx.tagMap(node),
    });
  },
};
