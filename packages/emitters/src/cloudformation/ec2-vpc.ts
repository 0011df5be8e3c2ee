import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const vpcCloudFormation: CloudFormationMapping<"aws.ec2.vpc"> = {
  kind: "aws.ec2.vpc",
  attrs: { id: "Ref", arn: arnOf("ec2", "vpc/"), cidrBlock: "CidrBlock" },
  resources: single("AWS::EC2::VPC"),
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::VPC", {
      CidrBlock: node.props.cidrBlock,
      EnableDnsHostnames: node.props.enableDnsHostnames,
      EnableDnsSupport: node.props.enableDnsSupport,
      Tags: ctx.tags(node),
    });
  },
};
