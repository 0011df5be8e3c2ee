import { KmsKey } from "./provider-bindings.js";
import { keyPolicy } from "../key-policy.js";
import { single, type TerraformMapping } from "./mapping.js";

export const kmsKeyTerraform: TerraformMapping<"aws.kms.key"> = {
  kind: "aws.kms.key",
  type: KmsKey.tfResourceType,
  attrs: { id: "id", arn: "arn", keyId: "key_id" },
  resources: single(KmsKey.tfResourceType),
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, KmsKey, {
      description: p.description,
      enableKeyRotation: p.enableKeyRotation,
      deletionWindowInDays: p.deletionWindowInDays,
      multiRegion: p.multiRegion,
      policy: JSON.stringify(
        keyPolicy(
          p.servicePrincipals,
          {
            account: ctx.accountId(),
            partition: ctx.partition(node),
            region: ctx.regionOf(node),
          },
          p.serviceLinkedRoles,
        ),
      ),
      tags: ctx.tags(node),
    });
  },
};
