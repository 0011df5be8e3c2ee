import { single, type CloudFormationMapping } from "./mapping.js";

export const elasticIpCloudFormation: CloudFormationMapping<"aws.ec2.eip"> = {
  kind: "aws.ec2.eip",
  // Ref of an EIP is its address; the allocation id is what other resources want.
  attrs: { id: "AllocationId", allocationId: "AllocationId", publicIp: "PublicIp" },
  resources: single("AWS::EC2::EIP"),
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::EIP", { Domain: node.props.domain, Tags: ctx.tags(node) });
  },
};
