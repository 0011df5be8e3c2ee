import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const dbClusterParameterGroupCloudFormation: CloudFormationMapping<"aws.rds.cluster_parameter_group"> =
  {
    kind: "aws.rds.cluster_parameter_group",
    attrs: { id: "Ref", name: "Ref", arn: arnOf("rds", "cluster-pg:") },
    resources: single("AWS::RDS::DBClusterParameterGroup"),
    emit(node, ctx) {
      ctx.add(node, "AWS::RDS::DBClusterParameterGroup", {
        DBClusterParameterGroupName: node.props.name,
        Family: node.props.family,
        Description: node.props.description,
        Parameters: Object.fromEntries(node.props.parameters.map((p) => [p.name, p.value])),
        Tags: ctx.tags(node),
      });
    },
  };
