import { AppautoscalingTarget } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const scalableTargetTerraform: TerraformMapping<"aws.appautoscaling.target"> = {
  kind: "aws.appautoscaling.target",
  type: AppautoscalingTarget.tfResourceType,
  attrs: { id: "id", resourceId: "resource_id" },
  resources: single(AppautoscalingTarget.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, AppautoscalingTarget, {
      serviceNamespace: p.serviceNamespace,
      resourceId: ctx.value(p.resourceId, node),
      scalableDimension: p.scalableDimension,
      minCapacity: p.minCapacity,
      maxCapacity: p.maxCapacity,
      tags: ctx.tags(node),
    });
  },
};
