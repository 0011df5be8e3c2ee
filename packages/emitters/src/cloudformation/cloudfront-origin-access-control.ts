import { single, type CloudFormationMapping } from "./mapping.js";

export const originAccessControlCloudFormation: CloudFormationMapping<"aws.cloudfront.origin_access_control"> =
  {
    kind: "aws.cloudfront.origin_access_control",
    attrs: { id: "Id" },
    resources: single("AWS::CloudFront::OriginAccessControl"),
    emit(node, ctx) {
      ctx.add(node, "AWS::CloudFront::OriginAccessControl", {
        OriginAccessControlConfig: {
          Name: node.props.name,
          OriginAccessControlOriginType: node.props.originType,
          SigningBehavior: node.props.signingBehavior,
          SigningProtocol: node.props.signingProtocol,
        },
      });
    },
  };
