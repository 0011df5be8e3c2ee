import { keepInProduction } from "./deletion-policy.js";
import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const logGroupCloudFormation: CloudFormationMapping<"aws.logs.log_group"> = {
  kind: "aws.logs.log_group",
  // Built rather than GetAtt Arn, which ends in ":*"; the graph's arn (like Terraform's) does not.
  attrs: { id: "Ref", arn: arnOf("logs", "log-group:"), name: "Ref" },
  resources: single("AWS::Logs::LogGroup"),
  emit(node, ctx) {
    ctx.add(
      node,
      "AWS::Logs::LogGroup",
      {
        LogGroupName: node.props.name,
        RetentionInDays: node.props.retentionInDays,
        KmsKeyId: ctx.optional(node.props.kmsKeyId, node),
        Tags: ctx.tags(node),
      },
      { retain: keepInProduction(ctx.graph) },
    );
  },
};
