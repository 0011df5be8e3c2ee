import { Wafv2WebAclAssociation } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const webAclAssociationTerraform: TerraformMapping<"aws.wafv2.web_acl_association"> = {
  kind: "aws.wafv2.web_acl_association",
  type: Wafv2WebAclAssociation.tfResourceType,
  attrs: { id: "id" },
  resources: single(Wafv2WebAclAssociation.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Wafv2WebAclAssociation, {
      webAclArn: ctx.value(node.props.webAclArn, node),
      resourceArn: ctx.value(node.props.resourceArn, node),
    });
  },
};
