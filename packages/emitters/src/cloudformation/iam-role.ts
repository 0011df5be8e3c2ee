import { collectRefs, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { referrersOf } from "../graph-queries.js";
import { trustPolicy } from "../trust-policy.js";
import { substitute } from "./context.js";
import { single, type CloudFormationMapping } from "./mapping.js";
import { policyDocument } from "./policy-document.js";

type RoleNode = GraphNode<"aws.iam.role">;

/**
 * Inline policies that name a resource which itself names this role (an S3
 * bucket replicating through it) would make a dependency cycle inside the
 * role; those become separate AWS::IAM::RolePolicy resources, the rest stay inline.
 */
function detachedPolicies(node: RoleNode, graph: ResourceGraph): Set<string> {
  const usesRole = referrersOf(graph, node.id);
  return new Set(
    node.props.inlinePolicies
      .filter((policy) =>
        collectRefs(policy.statements).some((reference) => usesRole.has(reference.ref)),
      )
      .map((policy) => policy.name),
  );
}

export const iamRoleCloudFormation: CloudFormationMapping<"aws.iam.role"> = {
  kind: "aws.iam.role",
  attrs: { id: "Ref", arn: "Arn", name: "Ref" },
  resources: (node, graph) => [
    ...single("AWS::IAM::Role")(),
    ...[...detachedPolicies(node, graph)].map((name) => ({
      type: "AWS::IAM::RolePolicy",
      suffix: name,
    })),
  ],
  emit(node, ctx) {
    const p = node.props;
    const detached = detachedPolicies(node, ctx.graph);
    const role = ctx.add(node, "AWS::IAM::Role", {
      RoleName: p.name,
      Description: p.description,
      AssumeRolePolicyDocument: substitute(
        trustPolicy(p.assumedBy, {
          account: "${AWS::AccountId}",
          partition: "${AWS::Partition}",
          region: "${AWS::Region}",
        }),
      ),
      MaxSessionDuration: p.maxSessionDurationSeconds,
      Policies: p.inlinePolicies
        .filter((policy) => !detached.has(policy.name))
        .map((policy) => ({
          PolicyName: policy.name,
          PolicyDocument: policyDocument(policy.statements, node, ctx),
        })),
      ManagedPolicyArns: p.managedPolicies.map((path) => ({
        "Fn::Sub": `arn:\${AWS::Partition}:iam::aws:policy/${path}`,
      })),
      Tags: ctx.tags(node),
    });
    for (const policy of p.inlinePolicies.filter((policy) => detached.has(policy.name))) {
      ctx.add(
        node,
        "AWS::IAM::RolePolicy",
        {
          RoleName: { Ref: role },
          PolicyName: policy.name,
          PolicyDocument: policyDocument(policy.statements, node, ctx),
        },
        { suffix: policy.name },
      );
    }
  },
};
