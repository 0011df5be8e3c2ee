import { CloudfrontVpcOrigin } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const vpcOriginTerraform: TerraformMapping<"aws.cloudfront.vpc_origin"> = {
  kind: "aws.cloudfront.vpc_origin",
  type: CloudfrontVpcOrigin.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(CloudfrontVpcOrigin.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, CloudfrontVpcOrigin, {
      vpcOriginEndpointConfig: [
        {
          name: p.name,
          arn: ctx.value(p.loadBalancerArn, node),
          httpPort: 80,
          httpsPort: 443,
          originProtocolPolicy: p.originProtocolPolicy,
          originSslProtocols: [{ items: ["TLSv1.2"], quantity: 1 }],
        },
      ],
      tags: ctx.tags(node),
    });
  },
};
