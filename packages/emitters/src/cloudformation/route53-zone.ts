import { single, type CloudFormationMapping } from "./mapping.js";

export const hostedZoneCloudFormation: CloudFormationMapping<"aws.route53.zone"> = {
  kind: "aws.route53.zone",
  attrs: {
    id: "Ref",
    nameServers: (id) => ({ "Fn::Join": [",", { "Fn::GetAtt": [id, "NameServers"] }] }),
  },
  resources: single("AWS::Route53::HostedZone"),
  emit(node, ctx) {
    ctx.add(node, "AWS::Route53::HostedZone", {
      Name: node.props.name,
      HostedZoneConfig: { Comment: node.props.comment },
      // A private zone: the VPC it answers in.
      VPCs:
        node.props.vpc === undefined
          ? undefined
          : [{ VPCId: ctx.value(node.props.vpc.id, node), VPCRegion: node.props.vpc.region }],
      HostedZoneTags: ctx.tags(node),
    });
  },
};
