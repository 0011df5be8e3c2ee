import type { CloudFormationMapping } from "./mapping.js";
import { single } from "./mapping.js";

/** RDS rejects `/`, `"`, `@` and spaces in master passwords (and `'` in some engines). */
const EXCLUDED = "\"'@/\\ ";

export const secretCloudFormation: CloudFormationMapping<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  attrs: { id: "Ref", arn: "Ref" },
  resources: single("AWS::SecretsManager::Secret"),
  emit(node, ctx) {
    const p = node.props;
    ctx.add(node, "AWS::SecretsManager::Secret", {
      Name: p.name,
      Description: p.description,
      KmsKeyId: ctx.optional(p.kmsKeyId, node),
      GenerateSecretString: {
        SecretStringTemplate: JSON.stringify({ username: p.generatedCredentials.username }),
        GenerateStringKey: "password",
        PasswordLength: 32,
        ExcludeCharacters: EXCLUDED,
      },
      // A replica whose key lives in a stack deployed later joins on the second deploy.
      ReplicaRegions:
        p.replicas.length > 0
          ? p.replicas.map((replica) =>
              ctx.guard(() => ({
                Region: replica.region,
                KmsKeyId: ctx.optional(replica.kmsKeyId, node),
              })),
            )
          : undefined,
      Tags: ctx.tags(node),
    });
  },
};
