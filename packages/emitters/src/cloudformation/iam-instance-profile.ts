import { single, type CloudFormationMapping } from "./mapping.js";

export const instanceProfileCloudFormation: CloudFormationMapping<"aws.iam.instance_profile"> = {
  kind: "aws.iam.instance_profile",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: single("AWS::IAM::InstanceProfile"),
  emit(node, ctx) {
    ctx.add(node, "AWS::IAM::InstanceProfile", {
      InstanceProfileName: node.props.name,
      Roles: [ctx.value(node.props.role, node)],
    });
  },
};
