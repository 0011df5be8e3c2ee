import { single, type CloudFormationMapping } from "./mapping.js";

export const listenerCloudFormation: CloudFormationMapping<"aws.elbv2.listener"> = {
  kind: "aws.elbv2.listener",
  attrs: { id: "Ref", arn: "Ref" },
  resources: single("AWS::ElasticLoadBalancingV2::Listener"),
  emit(node, ctx) {
    const p = node.props;
    const action = p.defaultAction;
    ctx.add(node, "AWS::ElasticLoadBalancingV2::Listener", {
      LoadBalancerArn: ctx.value(p.loadBalancerArn, node),
      Port: p.port,
      Protocol: p.protocol,
      SslPolicy: p.sslPolicy,
      Certificates: p.certificateArn
        ? [{ CertificateArn: ctx.value(p.certificateArn, node) }]
        : undefined,
      DefaultActions: [
        action.type === "forward"
          ? { Type: "forward", TargetGroupArn: ctx.value(action.targetGroupArn, node) }
          : {
              Type: "redirect",
              RedirectConfig: {
                Port: action.port,
                Protocol: action.protocol,
                StatusCode: action.statusCode,
              },
            },
      ],
    });
  },
};
