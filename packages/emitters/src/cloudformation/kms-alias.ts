import { single, type CloudFormationMapping } from "./mapping.js";

export const kmsAliasCloudFormation: CloudFormationMapping<"aws.kms.alias"> = {
  kind: "aws.kms.alias",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:kms:\${AWS::Region}:\${AWS::AccountId}:\${${id}}`,
    }),
    name: "Ref",
  },
  resources: single("AWS::KMS::Alias"),
  emit(node, ctx) {
    ctx.add(node, "AWS::KMS::Alias", {
      AliasName: node.props.name,
      TargetKeyId: ctx.value(node.props.targetKeyId, node),
    });
  },
};
