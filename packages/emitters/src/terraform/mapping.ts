import type { GraphNode, Kind } from "@idio-iac/graph";
import type { TerraformContext } from "./context.js";

/** One Terraform resource a node creates: its type, and a name suffix when a type repeats. */
export interface TerraformResourceSpec {
  readonly type: string;
  readonly suffix?: string;
}

/**
 * How one graph kind becomes Terraform. A node may become several resources
 * (an S3 bucket → bucket, versioning, encryption, …); all are named after the
 * node (plus a suffix when a type repeats), so `resources` lists exactly the
 * addresses the node creates and tests compare them with `terraform plan`.
 */
export interface TerraformMapping<K extends Kind = Kind> {
  readonly kind: K;
  /** The node's main resource type; references and `dependsOn` point at it. */
  readonly type: string;
  /** Graph attribute (see the kind's `attrs`) → attribute expression on the main resource. */
  readonly attrs: Readonly<Record<string, string>>;
  /** Every resource the node creates, the main one first. */
  resources(node: GraphNode<K>): readonly TerraformResourceSpec[];
  /** Adds the node's resources to the stack through `ctx.create`. */
  emit(node: GraphNode<K>, ctx: TerraformContext): void;
}

/** The common case: one node, one resource. */
export function single(type: string): () => readonly TerraformResourceSpec[] {
  return () => [{ type }];
}

/** The Terraform registry's type: one mapping for every kind, none optional. */
export type TerraformMappings = { readonly [K in Kind]: TerraformMapping<K> };
