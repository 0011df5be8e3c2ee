import { single, type CloudFormationMapping } from "./mapping.js";

export const securityGroupEgressCloudFormation: CloudFormationMapping<"aws.ec2.security_group_egress"> =
  {
    kind: "aws.ec2.security_group_egress",
    attrs: { id: "Ref" },
    resources: single("AWS::EC2::SecurityGroupEgress"),
    emit(node, ctx) {
      const p = node.props;
      const allProtocols = p.ipProtocol === "-1";
      ctx.add(node, "AWS::EC2::SecurityGroupEgress", {
        GroupId: ctx.value(p.securityGroupId, node),
        Description: p.description,
        IpProtocol: p.ipProtocol,
        FromPort: allProtocols ? undefined : p.fromPort,
        ToPort: allProtocols ? undefined : p.toPort,
        CidrIp: p.cidrIpv4,
        DestinationSecurityGroupId: ctx.optional(p.destinationSecurityGroupId, node),
        DestinationPrefixListId: ctx.optional(p.destinationPrefixListId, node),
      });
    },
  };
