import { single, type CloudFormationMapping } from "./mapping.js";

export const scalableTargetCloudFormation: CloudFormationMapping<"aws.appautoscaling.target"> = {
  kind: "aws.appautoscaling.target",
  attrs: {
    id: "Ref",
    // The target's Ref is a composite id; its resource id is the value it was given.
    resourceId: (_id, node, ctx) =>
      ctx.value(
        (node as { props: { resourceId: Parameters<typeof ctx.value>[0] } }).props.resourceId,
        node,
      ),
  },
  resources: single("AWS::ApplicationAutoScaling::ScalableTarget"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::ApplicationAutoScaling::ScalableTarget", {
      ServiceNamespace: p.serviceNamespace,
      ResourceId: ctx.value(p.resourceId, node),
      ScalableDimension: p.scalableDimension,
      MinCapacity: p.minCapacity,
      MaxCapacity: p.maxCapacity,
    });
  },
};
