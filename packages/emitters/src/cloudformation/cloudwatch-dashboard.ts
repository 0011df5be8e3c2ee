import { dashboardBody } from "../dashboard-body.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const dashboardCloudFormation: CloudFormationMapping<"aws.cloudwatch.dashboard"> = {
  kind: "aws.cloudwatch.dashboard",
  attrs: {
    id: "Ref",
    arn: (id) => ({
      "Fn::Sub": `arn:\${AWS::Partition}:cloudwatch::\${AWS::AccountId}:dashboard/\${${id}}`,
    }),
    name: "Ref",
  },
  resources: single("AWS::CloudWatch::Dashboard"),
  emit(node, ctx) {
    // The body is a JSON string; references become Fn::Sub variables inside it.
    const variables: Record<string, unknown> = {};
    const body = JSON.stringify(
      dashboardBody(node.props, "${AWS::Region}", (value) => {
        if (typeof value === "string") return value.replace(/\$\{/g, "${!");
        const name = `V${Object.keys(variables).length}`;
        variables[name] = ctx.value(value, node);
        return `\${${name}}`;
      }),
    );
    ctx.add(node, "AWS::CloudWatch::Dashboard", {
      DashboardName: node.props.name,
      DashboardBody: { "Fn::Sub": Object.keys(variables).length > 0 ? [body, variables] : body },
    });
  },
};
