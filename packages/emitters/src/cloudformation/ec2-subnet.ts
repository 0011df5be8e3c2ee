import { availabilityZone } from "./availability-zone.js";
import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const subnetCloudFormation: CloudFormationMapping<"aws.ec2.subnet"> = {
  kind: "aws.ec2.subnet",
  attrs: { id: "Ref", arn: arnOf("ec2", "subnet/") },
  resources: single("AWS::EC2::Subnet"),
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::Subnet", {
      VpcId: ctx.value(node.props.vpcId, node),
      CidrBlock: node.props.cidrBlock,
      AvailabilityZone: availabilityZone(node.props.availabilityZone),
      MapPublicIpOnLaunch: node.props.mapPublicIpOnLaunch,
      Tags: ctx.tags(node),
    });
  },
};
