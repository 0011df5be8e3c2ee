import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const dbParameterGroupCloudFormation: CloudFormationMapping<"aws.rds.parameter_group"> = {
  kind: "aws.rds.parameter_group",
  attrs: { id: "Ref", name: "Ref", arn: arnOf("rds", "pg:") },
  resources: single("AWS::RDS::DBParameterGroup"),
  emit(node, ctx) {
    ctx.add(node, "AWS::RDS::DBParameterGroup", {
      DBParameterGroupName: node.props.name,
      Family: node.props.family,
      Description: node.props.description,
      Parameters: Object.fromEntries(node.props.parameters.map((p) => [p.name, p.value])),
      Tags: ctx.tags(node),
    });
  },
};
