import { single, type CloudFormationMapping } from "./mapping.js";

export const secretCloudFormation: CloudFormationMapping<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  attrs: { id: "Ref", arn: "Ref", name: (_id, node) => (node.props as { name: string }).name },
  resources: single("AWS::SecretsManager::Secret"),
  emit(node, ctx) {
    // CloudFormation deletes secrets with the default 30-day recovery window.
    ctx.add(node, "AWS::SecretsManager::Secret", {
      Name: node.props.name,
      Description: node.props.description,
      KmsKeyId: ctx.optional(node.props.kmsKeyId, node),
      Tags: ctx.tags(node),
    });
  },
};
