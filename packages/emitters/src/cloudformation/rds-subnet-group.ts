import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const dbSubnetGroupCloudFormation: CloudFormationMapping<"aws.rds.subnet_group"> = {
  kind: "aws.rds.subnet_group",
  attrs: { id: "Ref", name: "Ref", arn: arnOf("rds", "subgrp:") },
  resources: single("AWS::RDS::DBSubnetGroup"),
  emit(node, ctx) {
    ctx.add(node, "AWS::RDS::DBSubnetGroup", {
      DBSubnetGroupName: node.props.name,
      DBSubnetGroupDescription: node.props.description,
      SubnetIds: ctx.values(node.props.subnetIds, node),
      Tags: ctx.tags(node),
    });
  },
};
