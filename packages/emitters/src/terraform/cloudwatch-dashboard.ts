import { CloudwatchDashboard } from "./provider-bindings.js";
import { dashboardBody } from "../dashboard-body.js";
import { single, type TerraformMapping } from "./mapping.js";

export const dashboardTerraform: TerraformMapping<"aws.cloudwatch.dashboard"> = {
  kind: "aws.cloudwatch.dashboard",
  type: CloudwatchDashboard.tfResourceType,
  attrs: { id: "id", arn: "dashboard_arn", name: "dashboard_name" },
  resources: single(CloudwatchDashboard.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, CloudwatchDashboard, {
      dashboardName: node.props.name,
      dashboardBody: JSON.stringify(
        dashboardBody(node.props, ctx.regionOf(node), (value) => ctx.value(value, node)),
      ),
    });
  },
};
