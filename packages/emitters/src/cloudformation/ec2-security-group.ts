import type { CloudFormationMapping } from "./mapping.js";

export const securityGroupCloudFormation: CloudFormationMapping<"aws.ec2.security_group"> = {
  kind: "aws.ec2.security_group",
  attrs: {
    id: "GroupId",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:ec2:\${AWS::Region}:\${AWS::AccountId}:security-group/\${${id}.GroupId}`,
    }),
  },
  resources: () => [{ type: "AWS::EC2::SecurityGroup" }],
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::SecurityGroup", {
      GroupName: node.props.name,
      GroupDescription: node.props.description,
      VpcId: ctx.value(node.props.vpcId, node),
      // Without an egress rule CloudFormation allows all outbound traffic; this
      // unmatchable rule replaces that default, as Terraform does. Real rules are separate nodes.
      SecurityGroupEgress: [
        {
          CidrIp: "255.255.255.255/32",
          Description: "No default egress; see the separate egress rules",
          IpProtocol: "icmp",
          FromPort: 252,
          ToPort: 86,
        },
      ],
      Tags: ctx.tags(node),
    });
  },
};
