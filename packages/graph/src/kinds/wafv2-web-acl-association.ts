import type { Ref } from "../values.js";
import { declareKind } from "./declare-kind.js";

/** `aws.wafv2.web_acl_association`: Attaches a web ACL to a load balancer or API stage. */
export interface WebAclAssociationProps {
  readonly webAclArn: Ref;
  readonly resourceArn: Ref;
}

export const webAclAssociationKind = declareKind<WebAclAssociationProps>()({
  kind: "aws.wafv2.web_acl_association",
  group: "edge",
  attrs: ["id"],
  description: "Attaches a web ACL to a load balancer or API stage.",
});
