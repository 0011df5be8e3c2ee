import { Route53Zone } from "@cdktf/provider-aws/lib/route53-zone/index.js";
import { single, type TerraformMapping } from "./mapping.js";

export const hostedZoneTerraform: TerraformMapping<"aws.route53.zone"> = {
  kind: "aws.route53.zone",
  type: Route53Zone.tfResourceType,
  attrs: { id: "zone_id", nameServers: "name_servers" },
  resources: single(Route53Zone.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Route53Zone, {
      name: node.props.name,
      comment: node.props.comment,
      tags: ctx.tags(node),
    });
  },
};
