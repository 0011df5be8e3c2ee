import { LbListener } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const listenerTerraform: TerraformMapping<"aws.elbv2.listener"> = {
  kind: "aws.elbv2.listener",
  type: LbListener.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: single(LbListener.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    const action = p.defaultAction;
    ctx.create(node, LbListener, {
      loadBalancerArn: ctx.value(p.loadBalancerArn, node),
      port: p.port,
      protocol: p.protocol,
      sslPolicy: p.sslPolicy,
      certificateArn: ctx.optional(p.certificateArn, node),
      defaultAction: [
        action.type === "forward"
          ? { type: "forward", targetGroupArn: ctx.value(action.targetGroupArn, node) }
          : {
              type: "redirect",
              redirect: {
                port: action.port,
                protocol: action.protocol,
                statusCode: action.statusCode,
              },
            },
      ],
      tags: ctx.tags(node),
    });
  },
};
