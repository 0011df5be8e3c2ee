import { single, type CloudFormationMapping } from "./mapping.js";

export const webAclAssociationCloudFormation: CloudFormationMapping<"aws.wafv2.web_acl_association"> =
  {
    kind: "aws.wafv2.web_acl_association",
    attrs: { id: "Ref" },
    resources: single("AWS::WAFv2::WebACLAssociation"),
    emit(node, ctx) {
      ctx.add(node, "AWS::WAFv2::WebACLAssociation", {
        WebACLArn: ctx.value(node.props.webAclArn, node),
        ResourceArn: ctx.value(node.props.resourceArn, node),
      });
    },
  };
