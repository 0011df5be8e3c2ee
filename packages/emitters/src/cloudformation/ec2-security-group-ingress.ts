import { single, type CloudFormationMapping } from "./mapping.js";

export const securityGroupIngressCloudFormation: CloudFormationMapping<"aws.ec2.security_group_ingress"> =
  {
    kind: "aws.ec2.security_group_ingress",
    attrs: { id: "Ref" },
    resources: single("AWS::EC2::SecurityGroupIngress"),
    emit(node, ctx) {
      const p = node.props;
      const allProtocols = p.ipProtocol === "-1";
      ctx.add(node, "AWS::EC2::SecurityGroupIngress", {
        GroupId: ctx.value(p.securityGroupId, node),
        Description: p.description,
        IpProtocol: p.ipProtocol,
        FromPort: allProtocols ? undefined : p.fromPort,
        ToPort: allProtocols ? undefined : p.toPort,
        CidrIp: p.cidrIpv4,
        SourceSecurityGroupId: ctx.optional(p.sourceSecurityGroupId, node),
        SourcePrefixListId: p.sourcePrefixListId,
      });
    },
  };
