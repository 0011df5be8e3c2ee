import { Route53Zone } from "./provider-bindings.js";
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
      // A private zone: associated with its VPC in the zone itself (no
      // separate association resource, which would fight this block).
      vpc:
        node.props.vpc === undefined
          ? undefined
          : [{ vpcId: ctx.value(node.props.vpc.id, node), vpcRegion: node.props.vpc.region }],
      tags: ctx.tags(node),
    });
  },
};
