import { SecretsmanagerSecret, SecretsmanagerSecretVersion } from "./provider-bindings.js";
import { resourceName } from "./context.js";
import type { TerraformMapping } from "./mapping.js";

export const secretTerraform: TerraformMapping<"aws.secretsmanager.secret"> = {
  kind: "aws.secretsmanager.secret",
  type: SecretsmanagerSecret.tfResourceType,
  attrs: { id: "id", arn: "arn" },
  resources: () => [
    { type: SecretsmanagerSecret.tfResourceType },
    { type: SecretsmanagerSecretVersion.tfResourceType, suffix: "version" },
  ],
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, SecretsmanagerSecret, {
      name: p.name,
      description: p.description,
      kmsKeyId: ctx.optional(p.kmsKeyId, node),
      recoveryWindowInDays: p.recoveryWindowInDays,
      replica: p.replicas.map((replica) => ({
        region: replica.region,
        kmsKeyId: ctx.optional(replica.kmsKeyId, node),
      })),
      tags: ctx.tags(node),
    });
    // uuid() draws 122 random bits when the secret is first created; after
    // that the stored value stays (ignore_changes), so plans stay clean and no
    // password is written in the code. An administrator rotates it in Secrets Manager.
    ctx.create(
      node,
      SecretsmanagerSecretVersion,
      {
        secretId: `\${${SecretsmanagerSecret.tfResourceType}.${resourceName(node.id)}.id}`,
        secretString: `\${jsonencode({ username = ${JSON.stringify(p.generatedCredentials.username)}, password = uuid() })}`,
        lifecycle: { ignoreChanges: ["secret_string"] },
      },
      "version",
    );
  },
};
