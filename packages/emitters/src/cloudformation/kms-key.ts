import { keyPolicy } from "../key-policy.js";
import { substitute } from "./context.js";
import { single, type CloudFormationMapping } from "./mapping.js";

export const kmsKeyCloudFormation: CloudFormationMapping<"aws.kms.key"> = {
  kind: "aws.kms.key",
  attrs: { id: "Ref", arn: "Arn", keyId: "KeyId" },
  resources: single("AWS::KMS::Key"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(
      node,
      "AWS::KMS::Key",
      {
        Description: p.description,
        EnableKeyRotation: p.enableKeyRotation,
        PendingWindowInDays: p.deletionWindowInDays,
        MultiRegion: p.multiRegion,
        KeyPolicy: substitute(
          keyPolicy(
            p.servicePrincipals,
            {
              account: "${AWS::AccountId}",
              partition: "${AWS::Partition}",
              region: "${AWS::Region}",
            },
            p.serviceLinkedRoles,
          ),
        ),
        Tags: ctx.tags(node),
      },
      // Data encrypted under the key is unreadable without it.
      { retain: "Retain" },
    );
  },
};
