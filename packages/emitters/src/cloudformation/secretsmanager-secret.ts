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
      ReplicaRegions:
        p.replicas.length > 0
          ? p.replicas.map((replica) => ({ Region: replica.region, KmsKeyId: replica.kmsKeyId }))
          : undefined,
      Tags: ctx.tags(node),
    });
  },
};
