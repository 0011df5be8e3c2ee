import { single, type CloudFormationMapping } from "./mapping.js";

export const vpcOriginCloudFormation: CloudFormationMapping<"aws.cloudfront.vpc_origin"> = {
  kind: "aws.cloudfront.vpc_origin",
  attrs: { id: "Id", arn: "Arn" },
  resources: single("AWS::CloudFront::VpcOrigin"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::CloudFront::VpcOrigin", {
      VpcOriginEndpointConfig: {
        Name: p.name,
        Arn: ctx.value(p.loadBalancerArn, node),
        HTTPPort: 80,
        HTTPSPort: 443,
        OriginProtocolPolicy: p.originProtocolPolicy,
        OriginSSLProtocols: ["TLSv1.2"],
      },
      Tags: ctx.tags(node),
    });
  },
};
