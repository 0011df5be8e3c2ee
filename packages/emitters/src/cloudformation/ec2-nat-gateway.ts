import { single, type CloudFormationMapping } from "./mapping.js";

export const natGatewayCloudFormation: CloudFormationMapping<"aws.ec2.nat_gateway"> = {
  kind: "aws.ec2.nat_gateway",
  attrs: { id: "Ref" },
  resources: single("AWS::EC2::NatGateway"),
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::NatGateway", {
      SubnetId: ctx.value(node.props.subnetId, node),
      AllocationId: ctx.value(node.props.allocationId, node),
      ConnectivityType: node.props.connectivityType,
      Tags: ctx.tags(node),
    });
  },
};
