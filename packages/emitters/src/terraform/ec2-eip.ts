import { Eip } from "./provider-bindings.js";
import { single, type TerraformMapping } from "./mapping.js";

export const elasticIpTerraform: TerraformMapping<"aws.ec2.eip"> = {
  kind: "aws.ec2.eip",
  type: Eip.tfResourceType,
  attrs: { id: "id", allocationId: "allocation_id", publicIp: "public_ip" },
  resources: single(Eip.tfResourceType),
  emit(node, ctx) {
    ctx.create(node, Eip, { domain: node.props.domain, tags: ctx.tags(node) });
  },
};
