import { IamRole, IamRolePolicy, IamRolePolicyAttachment } from "./provider-bindings.js";
import { resourceName } from "./context.js";
import type { TerraformMapping } from "./mapping.js";
import { trustPolicy } from "../trust-policy.js";
import { policyDocument } from "./policy-document.js";

/** `service-role/AmazonECSTaskExecutionRolePolicy` → `AmazonECSTaskExecutionRolePolicy`. */
function managedSuffix(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

export const iamRoleTerraform: TerraformMapping<"aws.iam.role"> = {
  kind: "aws.iam.role",
  type: IamRole.tfResourceType,
  attrs: { id: "id", arn: "arn", name: "name" },
  // One resource per inline policy and per managed-policy attachment, so each is reviewed on its own.
  resources: (node) => [
    { type: IamRole.tfResourceType },
    ...node.props.inlinePolicies.map((policy) => ({
      type: IamRolePolicy.tfResourceType,
      suffix: policy.name,
    })),
    ...node.props.managedPolicies.map((path) => ({
      type: IamRolePolicyAttachment.tfResourceType,
      suffix: managedSuffix(path),
    })),
  ],
  emit(node, ctx) {
    const p = node.props;
    ctx.create(node, IamRole, {
      name: p.name,
      description: p.description,
      assumeRolePolicy: JSON.stringify(
        trustPolicy(p.assumedBy, {
          account: ctx.accountId(),
          partition: ctx.partition(node),
          region: ctx.regionOf(node),
        }),
      ),
      maxSessionDuration: p.maxSessionDurationSeconds,
      tags: ctx.tags(node),
    });
    const role = `\${${IamRole.tfResourceType}.${resourceName(node.id)}.name}`;
    for (const policy of p.inlinePolicies) {
      ctx.create(
        node,
        IamRolePolicy,
        { name: policy.name, role, policy: policyDocument(policy.statements, node, ctx) },
        policy.name,
      );
    }
    for (const path of p.managedPolicies) {
      ctx.create(
        node,
        IamRolePolicyAttachment,
        { role, policyArn: `arn:${ctx.partition(node)}:iam::aws:policy/${path}` },
        managedSuffix(path),
      );
    }
  },
};
