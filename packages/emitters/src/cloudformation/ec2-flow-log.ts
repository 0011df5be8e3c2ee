import { arnOf, single, type CloudFormationMapping } from "./mapping.js";

export const flowLogCloudFormation: CloudFormationMapping<"aws.ec2.flow_log"> = {
  kind: "aws.ec2.flow_log",
  attrs: { id: "Ref", arn: arnOf("ec2", "vpc-flow-log/") },
  resources: single("AWS::EC2::FlowLog"),
  emit(node, ctx) {
    ctx.add(node, "AWS::EC2::FlowLog", {
      ResourceId: ctx.value(node.props.vpcId, node),
      ResourceType: "VPC",
      TrafficType: node.props.trafficType,
      LogDestinationType: "cloud-watch-logs",
      LogDestination: ctx.value(node.props.logGroupArn, node),
      DeliverLogsPermissionArn: ctx.value(node.props.iamRoleArn, node),
      MaxAggregationInterval: node.props.maxAggregationInterval,
      Tags: ctx.tags(node),
    });
  },
};
