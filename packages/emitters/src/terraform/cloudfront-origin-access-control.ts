import { CloudfrontOriginAccessControl } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const originAccessControlTerraform: TerraformMapping<"aws.cloudfront.origin_access_control"> =
  {
    kind: "aws.cloudfront.origin_access_control",
    type: CloudfrontOriginAccessControl.tfResourceType,
    attrs: { id: "id" },
    resources: single(CloudfrontOriginAccessControl.tfResourceType),
    emit(node, ctx) {
      ctx.create(node, CloudfrontOriginAccessControl, {
        name: node.props.name,
        originAccessControlOriginType: node.props.originType,
        signingBehavior: node.props.signingBehavior,
        signingProtocol: node.props.signingProtocol,
      });
    },
  };
