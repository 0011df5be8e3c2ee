import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import type { CloudFormationContext } from "./context.js";

/** One CloudFormation resource a node creates: its type, and a logical-id suffix when it has several. */
export interface CloudFormationResourceSpec {
  readonly type: string;
  readonly suffix?: string;
}

/**
 * How a graph attribute reads in CloudFormation: `"Ref"`, a `Fn::GetAtt`
 * attribute name, or a function building the value (for ARNs CloudFormation
 * does not return, built with `Fn::Sub`).
 */
export type CloudFormationAttr =
  "Ref" | string | ((logicalId: string, node: GraphNode, ctx: CloudFormationContext) => unknown);

/** How one graph kind becomes CloudFormation; the twin of its Terraform mapping. */
export interface CloudFormationMapping<K extends Kind = Kind> {
  readonly kind: K;
  /** Graph attribute (see the kind's `attrs`) → its CloudFormation value. */
  readonly attrs: Readonly<Record<string, CloudFormationAttr>>;
  /** Every resource the node creates, the main one first (references point at it). */
  resources(node: GraphNode<K>, graph: ResourceGraph): readonly CloudFormationResourceSpec[];
  emit(node: GraphNode<K>, ctx: CloudFormationContext): void;
}

export function single(type: string): () => readonly CloudFormationResourceSpec[] {
  return () => [{ type }];
}

/** An ARN CloudFormation does not return, built from the resource's Ref. */
export function arnOf(service: string, resource: string, global = false): CloudFormationAttr {
  return (logicalId) => ({
    "Fn::Sub": `arn:\${AWS::Partition}:${service}:${global ? "" : "${AWS::Region}"}:\${AWS::AccountId}:${resource}\${${logicalId}}`,
  });
}

/** The CloudFormation registry's type: one mapping for every kind, none optional. */
export type CloudFormationMappings = { readonly [K in Kind]: CloudFormationMapping<K> };
