import { FlowLog } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const flowLogTerraform: TerraformMapping<"aws.ec2.flow_log"> = {
  kind: "aws.ec2.flow_log",
  type: FlowLog.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(FlowLog.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, FlowLog, {
      vpcId: ctx.value(node.props.vpcId, node),
      trafficType: node.props.trafficType,
      logDestinationType: "cloud-watch-logs",
      logDestination: ctx.value(node.props.logGroupArn, node),
      iamRoleArn: ctx.value(node.props.iamRoleArn, node),
      maxAggregationInterval: node.props.maxAggregationInterval,
      tags: ctx.tags(node),
    });
  },
};
