import { single, type CloudFormationMapping } from "./mapping.js";

export const shieldProtectionCloudFormation: CloudFormationMapping<"aws.shield.protection"> = {
  kind: "aws.shield.protection",
  attrs: { id: "ProtectionId", arn: "ProtectionArn" },
  resources: single("AWS::Shield::Protection"),
  emit(node, ctx) {
    ctx.add(node, "AWS::Shield::Protection", {
      Name: node.props.name,
      ResourceArn: ctx.value(node.props.resourceArn, node),
      Tags: ctx.tags(node),
    });
  },
};
