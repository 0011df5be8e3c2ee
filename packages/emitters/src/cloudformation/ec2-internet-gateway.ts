import { arnOf, type CloudFormationMapping } from "./mapping.js";

/** Suffix of the attachment that binds the gateway to its VPC; routes through it wait for it. */
export const ATTACHMENT_SUFFIX = "attachment";

export const internetGatewayCloudFormation: CloudFormationMapping<"aws.ec2.internet_gateway"> = {
  kind: "aws.ec2.internet_gateway",
  attrs: { id: "Ref", arn: arnOf("ec2", "internet-gateway/") },
  resources: () => [
    { type: "AWS::EC2::InternetGateway" },
    { type: "AWS::EC2::VPCGatewayAttachment", suffix: ATTACHMENT_SUFFIX },
  ],
  emit(node, ctx) {
    const id = ctx.add(node, "AWS::EC2::InternetGateway", { Tags: ctx.tags(node) });
    ctx.add(
      node,
      "AWS::EC2::VPCGatewayAttachment",
      { VpcId: ctx.value(node.props.vpcId, node), InternetGatewayId: { Ref: id } },
      { suffix: ATTACHMENT_SUFFIX },
    );
  },
};
